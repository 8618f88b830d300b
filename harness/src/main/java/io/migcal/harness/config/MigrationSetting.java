package io.migcal.harness.config;

import io.migcal.model.BadInputException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A migration setting a sweep can vary (key {@code sweep.migration_settings}): its config key, which
 * is also its record column after {@code setting_}, the values it takes, and which driver offers it.
 * QMP ones are QEMU's migration parameters and capabilities; Proxmox ones are what its API and
 * {@code qm migrate} take (bwlimit, migration type and network) and the VM options
 * {@code migrate_downtime}/{@code migrate_speed}. docs/record-schema.md lists them with their units.
 */
public enum MigrationSetting {
    MAX_BANDWIDTH_BYTES_PER_S("max_bandwidth_bytes_per_s", Kind.POSITIVE_INTEGER, Family.QMP),
    DOWNTIME_LIMIT_MS("downtime_limit_ms", Kind.POSITIVE_INTEGER, Family.QMP),
    XBZRLE("xbzrle", Kind.SWITCH, Family.QMP),
    AUTO_CONVERGE("auto_converge", Kind.SWITCH, Family.QMP),
    /** 0 leaves multifd off; n >= 1 turns it on with n channels. */
    MULTIFD_CHANNELS("multifd_channels", Kind.COUNT, Family.QMP),
    /** Post-copy: the capability on, and {@code migrate-start-postcopy} after the first RAM pass. */
    POSTCOPY("postcopy", Kind.SWITCH, Family.QMP),
    /** The migrate call's {@code bwlimit} (KiB/s); Proxmox VE 5.4 (qemu-server 5.0-50) added it. */
    BWLIMIT_KIB_PER_S("bwlimit_kib_per_s", Kind.POSITIVE_INTEGER, Family.PROXMOX),
    MIGRATION_TYPE("migration_type", Kind.TUNNEL, Family.PROXMOX),
    MIGRATION_NETWORK("migration_network", Kind.CIDR, Family.PROXMOX),
    /** The VM option {@code migrate_downtime} (seconds), set before each migration. */
    MIGRATE_DOWNTIME_S("migrate_downtime_s", Kind.POSITIVE_DECIMAL, Family.PROXMOX),
    /** The VM option {@code migrate_speed} (MiB/s, 0 = no limit), set before each migration. */
    MIGRATE_SPEED_MIB_PER_S("migrate_speed_mib_per_s", Kind.COUNT, Family.PROXMOX);

    /** Which kind of lab offers the setting. */
    public enum Family { QMP, PROXMOX }

    private enum Kind { POSITIVE_INTEGER, COUNT, POSITIVE_DECIMAL, SWITCH, TUNNEL, CIDR }

    private static final Pattern CIDR = Pattern.compile("[0-9a-fA-F.:]+/\\d{1,3}");

    private final String key;
    private final Kind kind;
    private final Family family;

    MigrationSetting(String key, Kind kind, Family family) {
        this.key = key;
        this.kind = kind;
        this.family = family;
    }

    public String key() {
        return key;
    }

    public Family family() {
        return family;
    }

    /** The record column that holds the setting a sample ran with. */
    public String column() {
        return "setting_" + key;
    }

    /** The setting named by a config key, or bad input listing the ones there are. */
    public static MigrationSetting ofKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst().orElseThrow(() ->
                new BadInputException("sweep.migration_settings has an unknown setting '" + key + "'; known: "
                        + String.join(", ", Arrays.stream(values()).map(MigrationSetting::key).toList())));
    }

    /** The settings offered by one family, in catalogue order. */
    public static List<MigrationSetting> of(Family family) {
        return Arrays.stream(values()).filter(s -> s.family == family).toList();
    }

    /**
     * A config value (a YAML number, boolean or text) as the canonical text recorded in the row:
     * integers without a decimal point, decimals with {@code Locale.ROOT}, switches {@code on}/{@code off}.
     */
    public String canonical(Object raw) {
        String text = raw == null ? "" : String.valueOf(raw).trim();
        String canonical = switch (kind) {
            case POSITIVE_INTEGER -> integer(text, 1);
            case COUNT -> integer(text, 0);
            case POSITIVE_DECIMAL -> decimal(text);
            case SWITCH -> onOff(raw, text);
            case TUNNEL -> text.equals("secure") || text.equals("insecure") ? text : null;
            case CIDR -> CIDR.matcher(text).matches() ? text : null;
        };
        if (canonical == null) {
            throw new BadInputException("sweep.migration_settings." + key + ": '" + text + "' is not " + expected());
        }
        return canonical;
    }

    private String expected() {
        return switch (kind) {
            case POSITIVE_INTEGER -> "a whole number > 0";
            case COUNT -> "a whole number >= 0";
            case POSITIVE_DECIMAL -> "a number > 0";
            case SWITCH -> "on or off (true or false)";
            case TUNNEL -> "secure or insecure";
            case CIDR -> "a network in CIDR form such as 10.77.0.0/24";
        };
    }

    private static String integer(String text, long min) {
        try {
            long value = Long.parseLong(text);
            return value >= min ? Long.toString(value) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String decimal(String text) {
        try {
            double value = Double.parseDouble(text);
            return value > 0 && Double.isFinite(value)
                    ? new java.math.BigDecimal(text).stripTrailingZeros().toPlainString() : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String onOff(Object raw, String text) {
        if (raw instanceof Boolean b) {
            return b ? "on" : "off";
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "on", "true" -> "on";
            case "off", "false" -> "off";
            default -> null;
        };
    }
}
