package io.migcal.harness.lab.pve;

import java.util.Locale;

/** Number renderings Proxmox uses in task logs (PVE::Format::render_bytes, render_duration). */
final class ByteRendering {
    private static final String[] UNITS = {"B", "KiB", "MiB", "GiB", "TiB"};

    private ByteRendering() {
    }

    /** {@code render_bytes(x, 1)}: binary units, one decimal. */
    static String bytes(double value) {
        int unit = 0;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return unit == 0 ? String.format(Locale.ROOT, "%d B", (long) value)
                : String.format(Locale.ROOT, "%.1f %s", value, UNITS[unit]);
    }

    /** {@code HH:MM:SS} of whole seconds, as in "(duration 00:00:21)". */
    static String duration(double seconds) {
        long s = (long) seconds;
        return String.format(Locale.ROOT, "%02d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
    }
}
