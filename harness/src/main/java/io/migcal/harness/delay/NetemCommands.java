package io.migcal.harness.delay;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The exact {@code tc} command lines the netem controller sends (listed in docs/host-commands.md). */
final class NetemCommands {
    private NetemCommands() {
    }

    static String replace(String iface, double oneWayDelayMs, int limitPackets) {
        return "tc qdisc replace dev " + iface + " root netem delay " + millis(oneWayDelayMs) + "ms limit " + limitPackets;
    }

    static String delete(String iface) {
        return "tc qdisc del dev " + iface + " root";
    }

    static String show(String iface) {
        return "tc -s qdisc show dev " + iface;
    }

    /** Milliseconds as tc reads them: plain decimal, at most 3 places, no exponent, no locale. */
    static String millis(double ms) {
        return BigDecimal.valueOf(ms).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
