package io.migcal.harness.config;

import java.nio.file.Path;

/** A path on the machine running migcal, written as users write it in configs ({@code ~/} allowed). */
public final class LocalPath {
    private LocalPath() {
    }

    public static Path of(String written) {
        if (written.equals("~") || written.startsWith("~/")) {
            return Path.of(System.getProperty("user.home"), written.substring(1).replaceFirst("^/", ""));
        }
        return Path.of(written);
    }
}
