package io.migcal.harness.config;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The migration settings one sample runs with: one canonical value per setting the sweep varies
 * (none when it varies none, and then the hypervisor's own defaults apply, as before).
 */
public record SettingValues(Map<MigrationSetting, String> values) {

    public static final SettingValues NONE = new SettingValues(Map.of());

    public SettingValues {
        EnumMap<MigrationSetting, String> ordered = new EnumMap<>(MigrationSetting.class);
        ordered.putAll(values);
        values = Collections.unmodifiableMap(ordered);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    public boolean has(MigrationSetting setting) {
        return values.containsKey(setting);
    }

    /** The canonical value, or null when the sweep does not vary this setting. */
    public String get(MigrationSetting setting) {
        return values.get(setting);
    }

    public Long longValue(MigrationSetting setting) {
        String value = values.get(setting);
        return value == null ? null : Long.parseLong(value);
    }

    /** A switch setting: null when not varied, else whether it is on. */
    public Boolean on(MigrationSetting setting) {
        String value = values.get(setting);
        return value == null ? null : value.equals("on");
    }

    /** This set with one more value (the sweep plan builds combinations this way). */
    public SettingValues with(MigrationSetting setting, String canonical) {
        Map<MigrationSetting, String> more = new EnumMap<>(MigrationSetting.class);
        more.putAll(values);
        more.put(setting, canonical);
        return new SettingValues(more);
    }

    /** Part of the sample id: {@code key=value} joined by {@code -}, empty for no settings. */
    public String label() {
        StringJoiner label = new StringJoiner("-");
        values.forEach((setting, value) -> label.add(setting.key() + "=" + value.replace('/', '_')));
        return label.toString();
    }

    /** The record columns ({@code setting_<key>}) and their values. */
    public Map<String, String> columns() {
        Map<String, String> columns = new LinkedHashMap<>();
        values.forEach((setting, value) -> columns.put(setting.column(), value));
        return columns;
    }
}
