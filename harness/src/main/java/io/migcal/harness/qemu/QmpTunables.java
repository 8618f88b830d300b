package io.migcal.harness.qemu;

/**
 * Migration parameters set with {@code migrate-set-parameters} before each migration; null leaves
 * QEMU's default (max-bandwidth 128 MiB/s since QEMU 5.2, downtime-limit 300 ms). The values in
 * force are read back and recorded either way.
 */
public record QmpTunables(Long maxBandwidthBytesPerS, Long downtimeLimitMs) {

    public static final QmpTunables QEMU_DEFAULTS = new QmpTunables(null, null);

    public QmpTunables {
        if (maxBandwidthBytesPerS != null && maxBandwidthBytesPerS <= 0) {
            throw new IllegalArgumentException("max-bandwidth must be > 0 bytes/s, got " + maxBandwidthBytesPerS);
        }
        if (downtimeLimitMs != null && (downtimeLimitMs <= 0 || downtimeLimitMs > 2_000_000)) {
            throw new IllegalArgumentException("downtime-limit must be 1..2000000 ms, got " + downtimeLimitMs);
        }
    }

    boolean setsAnything() {
        return maxBandwidthBytesPerS != null || downtimeLimitMs != null;
    }
}
