package io.migcal.harness.pve;

import io.migcal.harness.migrate.MigrationOutcome;
import io.migcal.harness.migrate.ProgressPoint;
import io.migcal.harness.pve.tasklog.LogProgress;
import io.migcal.harness.pve.tasklog.MigrationTimeline;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the recorded {@link MigrationOutcome} from a verdict, the harness's own transfer time and
 * the parsed task log. Progress points are placed on the harness's time axis through the log's
 * timestamps, so they have the log's 1 s resolution; {@code logStartOffsetS} is how long after the
 * migrate call the log's task began (non-zero for HA, where the real task starts later).
 */
final class OutcomeAssembler {

    private OutcomeAssembler() {
    }

    static MigrationOutcome assemble(MigrationVerdict verdict, MigrationTimeline timeline, Double transferTimeS,
            Double pollIntervalMs, long logStartOffsetS, Map<String, String> extraDetails) {
        Map<String, String> details = new LinkedHashMap<>(extraDetails);
        putTimelineFacts(details, timeline);
        return new MigrationOutcome(verdict.status(), transferTimeS, toDouble(timeline.migrationPhaseS()),
                toDouble(timeline.durationS()), toDouble(timeline.downtimeMs()), timeline.transferredBytes(),
                pollIntervalMs, verdict.stage(), verdict.error(), progress(timeline, logStartOffsetS), details);
    }

    private static List<ProgressPoint> progress(MigrationTimeline timeline, long logStartOffsetS) {
        if (timeline.progress().isEmpty()) {
            return List.of();
        }
        LocalDateTime origin = timeline.startedAt() != null ? timeline.startedAt() : timeline.progress().get(0).at();
        return timeline.progress().stream()
                .map(p -> new ProgressPoint(secondsSince(origin, p) + logStartOffsetS, p.transferredBytes(),
                        p.remainingBytes(), p.totalBytes(), p.rateBytesPerS(), "active", null))
                .toList();
    }

    private static double secondsSince(LocalDateTime origin, LogProgress point) {
        return origin == null || point.at() == null ? 0 : Duration.between(origin, point.at()).toSeconds();
    }

    private static void putTimelineFacts(Map<String, String> details, MigrationTimeline t) {
        put(details, "logFormat", t.format().name().toLowerCase(Locale.ROOT));
        put(details, "migrationType", t.migrationType() == null ? null : t.migrationType().name().toLowerCase(Locale.ROOT));
        put(details, "speedLimitBytesPerS", t.speedLimitBytesPerS());
        put(details, "downtimeLimitMs", t.downtimeLimitMs());
        put(details, "finalDowntimeLimitMs", t.finalDowntimeLimitMs());
        put(details, "xbzrleCacheBytes", t.cacheSizeBytes());
        put(details, "progressLines", t.progress().size());
        put(details, "startedByHa", t.startedByHa());
        put(details, MigrationOutcome.MEASURED_DIRTY_RATE, t.dirtyRateBytesPerS());
        if (!t.errors().isEmpty()) {
            put(details, "logErrors", String.join(" | ", t.errors()));
        }
    }

    private static void put(Map<String, String> details, String key, Object value) {
        if (value != null) {
            details.put(key, value instanceof Double d ? String.format(Locale.ROOT, "%.1f", d) : value.toString());
        }
    }

    private static Double toDouble(Long value) {
        return value == null ? null : value.doubleValue();
    }
}
