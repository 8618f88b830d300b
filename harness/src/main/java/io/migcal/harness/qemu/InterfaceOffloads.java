package io.migcal.harness.qemu;

import io.migcal.harness.delay.PathFacts;
import io.migcal.harness.ssh.RemoteShell;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A host's migration interface offloads (TSO/GSO/GRO) as context columns, read with {@code ethtool -k}. */
public final class InterfaceOffloads {

    private InterfaceOffloads() {
    }

    public static Map<String, String> read(RemoteShell host, String iface, String prefix)
            throws IOException, InterruptedException {
        Map<String, String> columns = new LinkedHashMap<>();
        new PathFacts(host, List.of(iface)).offloads()
                .forEach((key, value) -> columns.put(prefix + key.substring("delay_if0".length()), value));
        return columns;
    }
}
