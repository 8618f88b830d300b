package io.migcal.harness.lab.pve;

import io.migcal.harness.lab.state.LabException;
import java.util.Locale;
import java.util.Map;

/**
 * What a migration was asked to use, from the migrate call ({@code bwlimit} KiB/s,
 * {@code migration_type}, {@code migration_network}) and the VM's options ({@code migrate_speed}
 * MiB/s, {@code migrate_downtime} s), combined as qemu-server combines them: the speed limit is the
 * lower of bwlimit and migrate_speed (0 or none: no limit), the downtime limit is migrate_downtime.
 *
 * @param speedLimitBytesPerS QEMU's max-bandwidth, or null for Proxmox's own (no limit)
 * @param downtimeLimitMs QEMU's downtime-limit, or null for Proxmox's default (100 ms)
 * @param insecure {@code migration_type=insecure}: QEMU's stream goes over plain TCP, not the SSH tunnel
 * @param networkIp the target's address on {@code migration_network}, or null
 */
public record MigrationKnobs(Double speedLimitBytesPerS, Double downtimeLimitMs, boolean insecure, String networkIp) {

    public static final MigrationKnobs NONE = new MigrationKnobs(null, null, false, null);

    /** From the call's parameters and the VM options; bad values are the API's 400 errors. */
    public static MigrationKnobs of(Map<String, String> call, Map<String, String> vmOptions, String targetIp) {
        Double bw = number(call.get("bwlimit"), "bwlimit");
        Double speed = number(vmOptions.get("migrate_speed"), "migrate_speed");
        Double limit = bw != null && bw > 0 ? bw * 1024 : null;
        if (speed != null && speed > 0) {
            limit = limit == null ? speed * 1024 * 1024 : Math.min(limit, speed * 1024 * 1024);
        }
        Double downtimeS = number(vmOptions.get("migrate_downtime"), "migrate_downtime");
        String type = call.getOrDefault("migration_type", "secure");
        if (!type.equals("secure") && !type.equals("insecure")) {
            throw new LabException(400, "migration_type: value '" + type + "' does not have a value in the enumeration "
                    + "'secure, insecure'");
        }
        String network = call.get("migration_network");
        if (network != null && !contains(network, targetIp)) {
            throw new LabException(500, "could not get migration ip: no IP address configured on local node for "
                    + "network '" + network + "'");
        }
        return new MigrationKnobs(limit, downtimeS == null ? null : downtimeS * 1000, type.equals("insecure"),
                network == null ? null : targetIp);
    }

    private static Double number(String text, String name) {
        if (text == null) {
            return null;
        }
        try {
            double value = Double.parseDouble(text);
            if (value < 0) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new LabException(400, name + ": value '" + text + "' does not look like a valid number");
        }
    }

    /** Whether the IPv4 {@code ip} is in {@code cidr}. */
    static boolean contains(String cidr, String ip) {
        String[] parts = cidr.split("/");
        int bits = Integer.parseInt(parts[1]);
        long mask = bits == 0 ? 0 : 0xFFFFFFFFL << (32 - bits) & 0xFFFFFFFFL;
        return (ipv4(parts[0]) & mask) == (ipv4(ip) & mask);
    }

    private static long ipv4(String ip) {
        long value = 0;
        for (String octet : ip.split("\\.")) {
            value = value << 8 | Long.parseLong(octet);
        }
        return value;
    }

    /** The downtime limit as the task log writes it. */
    String downtimeText(boolean humanReadable) {
        double ms = downtimeLimitMs == null ? 100 : downtimeLimitMs;
        return humanReadable ? String.format(Locale.ROOT, "migration downtime limit: %.0f ms", ms)
                : "migrate_set_downtime: " + new java.math.BigDecimal(ms / 1000).stripTrailingZeros().toPlainString();
    }
}
