package io.migcal.harness.config;

import io.migcal.model.BadInputException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code sweep.migration_settings}: per setting the levels to measure, crossed with each other (and,
 * by the plan, with every RTT, fill and repetition). Values are checked and made canonical here, so
 * a typo stops the command before anything runs.
 */
public record SettingAxes(Map<MigrationSetting, List<String>> levels) {

    public static final SettingAxes NONE = new SettingAxes(Map.of());

    public SettingAxes {
        EnumMap<MigrationSetting, List<String>> ordered = new EnumMap<>(MigrationSetting.class);
        levels.forEach((setting, values) -> ordered.put(setting, List.copyOf(values)));
        levels = java.util.Collections.unmodifiableMap(ordered);
    }

    /** Reads the config's map (setting key to a list of YAML scalars); null or empty: no axes. */
    public static SettingAxes parse(Map<String, List<Object>> raw) {
        if (raw == null || raw.isEmpty()) {
            return NONE;
        }
        Map<MigrationSetting, List<String>> levels = new EnumMap<>(MigrationSetting.class);
        raw.forEach((key, values) -> {
            MigrationSetting setting = MigrationSetting.ofKey(key);
            if (values == null || values.isEmpty()) {
                throw new BadInputException("sweep.migration_settings." + key + " must list at least one value");
            }
            List<String> canonical = values.stream().map(setting::canonical).toList();
            if (new HashSet<>(canonical).size() != canonical.size()) {
                throw new BadInputException("sweep.migration_settings." + key + " lists a value twice; "
                        + "use 'repetitions' to repeat");
            }
            levels.put(setting, canonical);
        });
        return new SettingAxes(levels);
    }

    public boolean isEmpty() {
        return levels.isEmpty();
    }

    public Set<MigrationSetting> settings() {
        return levels.keySet();
    }

    /** Every combination of levels, the first setting outermost; one empty set when there are no axes. */
    public List<SettingValues> combinations() {
        List<SettingValues> combinations = List.of(SettingValues.NONE);
        for (Map.Entry<MigrationSetting, List<String>> axis : levels.entrySet()) {
            List<SettingValues> crossed = new ArrayList<>();
            for (SettingValues partial : combinations) {
                for (String level : axis.getValue()) {
                    crossed.add(partial.with(axis.getKey(), level));
                }
            }
            combinations = crossed;
        }
        return combinations;
    }

    /** Refuses, in one line, settings the lab's kind of hypervisor does not have. */
    public void requireFamily(MigrationSetting.Family family, String lab) {
        for (MigrationSetting setting : levels.keySet()) {
            if (setting.family() != family) {
                throw new BadInputException("sweep.migration_settings." + setting.key() + " is a "
                        + (setting.family() == MigrationSetting.Family.QMP ? "QEMU (QMP)" : "Proxmox VE")
                        + " setting, but this lab is driven through " + lab + "; its settings are: "
                        + String.join(", ", MigrationSetting.of(family).stream().map(MigrationSetting::key).toList()));
            }
        }
    }
}
