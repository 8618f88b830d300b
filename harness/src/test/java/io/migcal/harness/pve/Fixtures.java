package io.migcal.harness.pve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads hand-written Proxmox task logs from {@code src/test/resources/pve}. */
public final class Fixtures {

    private Fixtures() {
    }

    public static List<String> lines(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/pve/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
