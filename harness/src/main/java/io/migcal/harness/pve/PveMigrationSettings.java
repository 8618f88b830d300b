package io.migcal.harness.pve;

import io.migcal.harness.config.MigrationSetting;
import io.migcal.harness.config.SettingValues;
import io.migcal.model.BadInputException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The Proxmox VE migration settings of one sample, as Proxmox takes them: parameters of the migrate
 * call ({@code bwlimit} in KiB/s, {@code migration_type}, {@code migration_network}; the same names
 * as {@code qm migrate} options) and VM options set before it ({@code migrate_downtime} in seconds,
 * {@code migrate_speed} in MiB/s), and which of them a cluster's version and login cannot take.
 */
final class PveMigrationSettings {
    /** qemu-server 5.0-50 (April 2019, Proxmox VE 5.4) added {@code bwlimit} to the migrate call and qm. */
    static final String BWLIMIT_SINCE = "5.4";

    private PveMigrationSettings() {
    }

    /** The migrate call's extra parameters (form fields, or {@code qm migrate --name value}). */
    static Map<String, String> migrateParameters(SettingValues settings) {
        Map<String, String> out = new LinkedHashMap<>();
        put(out, "bwlimit", settings.get(MigrationSetting.BWLIMIT_KIB_PER_S));
        put(out, "migration_type", settings.get(MigrationSetting.MIGRATION_TYPE));
        put(out, "migration_network", settings.get(MigrationSetting.MIGRATION_NETWORK));
        return out;
    }

    /** The VM options to set before the migration ({@code PUT .../config} or {@code qm set}). */
    static Map<String, String> vmOptions(SettingValues settings) {
        Map<String, String> out = new LinkedHashMap<>();
        put(out, "migrate_downtime", settings.get(MigrationSetting.MIGRATE_DOWNTIME_S));
        put(out, "migrate_speed", settings.get(MigrationSetting.MIGRATE_SPEED_MIB_PER_S));
        return out;
    }

    /**
     * Refuses, in one line, settings this cluster cannot take: {@code bwlimit} before 5.4, and
     * {@code migration_type}/{@code migration_network} through the API for anyone but {@code root@pam}
     * with a password (Proxmox refuses them for other users and for every API token, root's included).
     */
    static void refuseUnsupported(Set<MigrationSetting> settings, String pveVersion, String apiLoginOrNull) {
        if (settings.contains(MigrationSetting.BWLIMIT_KIB_PER_S) && olderThan(pveVersion, BWLIMIT_SINCE)) {
            throw new UnsupportedSettingException("sweep.migration_settings.bwlimit_kib_per_s: Proxmox VE "
                    + pveVersion + " has no bwlimit (added in " + BWLIMIT_SINCE + "); vary migrate_speed_mib_per_s "
                    + "(the VM option, every version) instead, or upgrade the cluster");
        }
        boolean rootOnly = settings.contains(MigrationSetting.MIGRATION_TYPE)
                || settings.contains(MigrationSetting.MIGRATION_NETWORK);
        if (rootOnly && apiLoginOrNull != null && !apiLoginOrNull.equals("root@pam")) {
            throw new UnsupportedSettingException("sweep.migration_settings.migration_type/migration_network: "
                    + "Proxmox accepts them from root@pam with a password only, this run logs in as "
                    + apiLoginOrNull + "; use proxmox.driver qm-ssh (qm runs as root) or a root@pam ticket");
        }
    }

    /** Whether {@code version} (e.g. {@code 5.1}, {@code 8.2.4}) is older than {@code since} (major.minor). */
    static boolean olderThan(String version, String since) {
        int[] v = majorMinor(version);
        int[] s = majorMinor(since);
        return v[0] < s[0] || v[0] == s[0] && v[1] < s[1];
    }

    private static int[] majorMinor(String version) {
        String[] parts = version.replaceFirst("^[^0-9]*", "").split("[.-]");
        try {
            return new int[] {Integer.parseInt(parts[0]), parts.length > 1 ? Integer.parseInt(parts[1]) : 0};
        } catch (NumberFormatException e) {
            throw new BadInputException("cannot read the Proxmox VE version '" + version + "'");
        }
    }

    private static void put(Map<String, String> out, String key, String value) {
        if (value != null) {
            out.put(key, value);
        }
    }
}
