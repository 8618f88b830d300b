package io.migcal.harness.sweep;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The run's context columns, declared once: the delay element's drop counter and queue limit
 * before and after, every key each context source gave on a first read (before and after), and the
 * hypervisor's details of the migration. A resumed run keeps the columns its file already has.
 */
final class ContextColumns {
    static final String DROPPED_BEFORE = "delay_dropped_packets_before";
    static final String DROPPED_AFTER = "delay_dropped_packets_after";
    static final String APPLIED_RTT = "delay_applied_rtt_ms";
    static final String DELAY_RAW = "delay_readback";
    static final String MIGRATION_DETAILS = "migration_details";
    static final String BEFORE = "_before";
    static final String AFTER = "_after";

    private ContextColumns() {
    }

    static List<String> declare(List<ContextSource> sources) throws IOException, InterruptedException {
        List<String> columns = new ArrayList<>(List.of(APPLIED_RTT, DROPPED_BEFORE, DROPPED_AFTER));
        for (ContextSource source : sources) {
            for (String key : source.read().keySet()) {
                columns.add(column(source, key, BEFORE));
                columns.add(column(source, key, AFTER));
            }
        }
        columns.add(MIGRATION_DETAILS);
        columns.add(DELAY_RAW);
        return List.copyOf(columns);
    }

    static String column(ContextSource source, String key, String when) {
        return source.name() + "." + key + when;
    }

    /** Reads every source and puts each declared key into the record. */
    static void readInto(SampleRecord record, List<ContextSource> sources, String when)
            throws IOException, InterruptedException {
        for (ContextSource source : sources) {
            for (Map.Entry<String, String> fact : source.read().entrySet()) {
                record.context(column(source, fact.getKey(), when), fact.getValue());
            }
        }
    }
}
