package io.migcal.harness.qemu;

import io.migcal.harness.migrate.MigrationOutcome;
import io.migcal.model.measure.SampleStatus;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Turns what QMP said into the harness's {@link MigrationOutcome}. */
final class QmpOutcomes {

    private QmpOutcomes() {
    }

    static MigrationOutcome failed(String stage, String error, Map<String, String> details, Duration poll) {
        return new MigrationOutcome(SampleStatus.FAILED, null, null, null, null, null, pollMs(poll), stage, error,
                List.of(), details);
    }

    /**
     * {@code transferTimeS} is the harness's own time from the migrate command to the poll that saw
     * the end; {@code taskDurationS} is QEMU's total-time and {@code migrationPhaseS} total-time less
     * setup-time, both as QEMU measured them.
     */
    static MigrationOutcome of(MigrationFollower.Followed followed, Map<String, String> details, Duration poll,
            String targetState) {
        MigrationInfo last = followed.last();
        SampleStatus status = followed.timedOut() ? SampleStatus.TIMEOUT
                : last.completed() ? SampleStatus.OK : SampleStatus.FAILED;
        String error = switch (status) {
            case TIMEOUT -> "migration still " + last.status() + " at the timeout; cancelled";
            case FAILED -> "migration " + last.status() + (last.errorDesc() == null ? "" : ": " + last.errorDesc());
            default -> null;
        };
        String stage = status == SampleStatus.OK ? null : "migrate";
        if (status == SampleStatus.OK && !"running".equals(targetState)) {
            status = SampleStatus.FAILED;
            stage = "resume";
            error = "migration completed but the target QEMU is " + targetState + ", not running";
        }
        Long totalMs = last.completedWithoutTimes() ? null : last.totalTimeMs();
        Double taskS = totalMs == null ? null : totalMs / 1000.0;
        Double phaseS = totalMs == null || last.setupTimeMs() == null ? null
                : (totalMs - last.setupTimeMs()) / 1000.0;
        Double downtimeMs = last.completedWithoutTimes() || last.downtimeMs() == null ? null
                : last.downtimeMs().doubleValue();
        return new MigrationOutcome(status, followed.endS(), phaseS, taskS, downtimeMs, last.transferredBytes(),
                pollMs(poll), stage, error, followed.progress(), details);
    }

    private static double pollMs(Duration poll) {
        return poll.toNanos() / 1e6;
    }
}
