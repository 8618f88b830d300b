package io.migcal.harness.sweep;

import io.migcal.harness.reconnect.ReconnectJournal;
import java.util.ArrayList;
import java.util.List;

/**
 * The two context columns that say how a flaky link touched a row: {@code sample_attempt} (1 unless
 * earlier attempts were disturbed and repeated) and {@code reconnects} (every retried call of this
 * attempt with its attempts and outage, and every cleanup done over; empty when the link held).
 */
final class SampleReconnects {
    static final String ATTEMPT = "sample_attempt";
    static final String RECONNECTS = "reconnects";

    private SampleReconnects() {
    }

    static List<String> columns() {
        return List.of(ATTEMPT, RECONNECTS);
    }

    static void into(SampleRecord record, int attempt, List<ReconnectJournal.Entry> retried) {
        List<String> events = new ArrayList<>();
        retried.forEach(e -> events.add(e.describe()));
        record.cleanupRepeats.forEach(why -> events.add("cleanup done over after: " + why));
        record.context(ATTEMPT, attempt);
        record.context(RECONNECTS, events.isEmpty() ? null : String.join(" | ", events));
    }
}
