package io.migcal.harness.sweep;

import io.migcal.harness.config.SettingAxes;
import io.migcal.harness.delay.DelayState;
import io.migcal.harness.delay.PathFacts;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The run's context columns, declared once: the migration settings the sweep varies
 * ({@code setting_*}, first), what the downtime prober saw (when there is one), the delay element's state before and after (per
 * interface: qdisc, delay, limit, sent and dropped packets; total drops and RTT), every key each
 * context source gave on a first read (before and after), the guest's load during the migration
 * ({@link GuestLoadColumns}), the hypervisor's details of the
 * migration, the delay element's raw read-back, and how a flaky link touched the sample
 * ({@link SampleReconnects}). A resumed run keeps the columns its file has.
 */
final class ContextColumns {
    static final String MIGRATION_DETAILS = "migration_details";
    static final String DELAY_RAW = "delay_readback";
    static final String BEFORE = "before";
    static final String AFTER = "after";
    /** What a downtime prober measured (declared when the config has one), taken out of the details. */
    static final List<String> PROBE = List.of("downtime_observed_ms", "downtime_probe_replies",
            "downtime_probe_lost", "downtime_probe_error");

    private ContextColumns() {
    }

    static List<String> declare(LabSession lab, SettingAxes settings) throws IOException, InterruptedException {
        return declare(lab, settings, false);
    }

    /** As above; {@code probed}: the downtime prober's columns follow the settings. */
    static List<String> declare(LabSession lab, SettingAxes settings, boolean probed)
            throws IOException, InterruptedException {
        DelayState delay = lab.delay().readBack();
        List<String> columns = new ArrayList<>();
        settings.settings().forEach(setting -> columns.add(setting.column()));
        if (probed) {
            columns.addAll(PROBE);
        }
        columns.addAll(PathFacts.netemColumns(delay, BEFORE).keySet());
        columns.addAll(PathFacts.netemColumns(delay, AFTER).keySet());
        for (ContextSource source : lab.contextSources()) {
            for (String key : source.read().keySet()) {
                columns.add(key + "_" + BEFORE);
                columns.add(key + "_" + AFTER);
            }
        }
        columns.addAll(GuestLoadColumns.columns());
        columns.add(MIGRATION_DETAILS);
        columns.add(DELAY_RAW);
        columns.addAll(SampleReconnects.columns());
        return List.copyOf(columns);
    }

    /** Reads every source and puts each key into the record, suffixed with {@code when}. */
    static void readInto(SampleRecord record, List<ContextSource> sources, String when)
            throws IOException, InterruptedException {
        for (ContextSource source : sources) {
            for (Map.Entry<String, String> fact : source.read().entrySet()) {
                record.context(fact.getKey() + "_" + when, fact.getValue());
            }
        }
    }

    static void delayInto(SampleRecord record, DelayState state, String when) {
        PathFacts.netemColumns(state, when).forEach(record::context);
    }
}
