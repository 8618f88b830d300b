package io.migcal.harness.lab.truth;

import java.util.Locale;

/** The sender's TCP congestion control, as {@code net.ipv4.tcp_congestion_control} names it. */
public enum CongestionControl {
    /** Loss-based: every overflow of the delay box's queue halves its rate (Mathis regime). */
    CUBIC,
    /** Model-based: paces at its bottleneck estimate and shrugs off moderate loss. */
    BBR;

    public String sysctlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CongestionControl fromSysctl(String name) {
        return valueOf(name.strip().toUpperCase(Locale.ROOT));
    }
}
