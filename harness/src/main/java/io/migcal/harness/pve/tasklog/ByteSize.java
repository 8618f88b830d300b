package io.migcal.harness.pve.tasklog;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads sizes as Proxmox renders them ({@code PVE::Format::render_bytes}: binary units, one decimal,
 * e.g. {@code 515.4 MiB}) and as older versions log them (plain byte counts, optionally {@code B}).
 * Rendered values are rounded by Proxmox to 0.1 of their unit, so the bytes are approximate.
 */
final class ByteSize {
    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(B|KiB|MiB|GiB|TiB|PiB)?");

    private ByteSize() {
    }

    static Long parse(String text) {
        Matcher m = SIZE.matcher(text.trim());
        if (!m.matches()) {
            return null;
        }
        double value = Double.parseDouble(m.group(1));
        return Math.round(value * multiplier(m.group(2)));
    }

    private static double multiplier(String unit) {
        if (unit == null) {
            return 1;
        }
        return switch (unit.toUpperCase(Locale.ROOT)) {
            case "KIB" -> 1L << 10;
            case "MIB" -> 1L << 20;
            case "GIB" -> 1L << 30;
            case "TIB" -> 1L << 40;
            case "PIB" -> 1L << 50;
            default -> 1;
        };
    }
}
