package io.migcal.harness.pve;

import io.migcal.harness.pve.tasklog.TaskEnd;
import io.migcal.harness.pve.tasklog.TaskLogParser;
import io.migcal.harness.time.MonotonicClock;
import java.io.IOException;
import java.util.Comparator;
import java.util.Optional;

/**
 * For an HA-managed VM the API only starts a short {@code hamigrate} task that asks ha-manager to
 * move it; the real {@code qmigrate} task starts seconds later on the same node, run by the HA
 * resource agent as root@pam. This waits for the first and finds the second.
 */
final class HaHandover {

    /** Either the real migration task, or the verdict why there is none, with when that was known. */
    record Result(Upid task, MigrationVerdict failure, long endNanos) {
    }

    private final PveApi api;
    private final MonotonicClock clock;
    private final TaskFollower follower;
    private final FollowSettings settings;

    HaHandover(PveApi api, MonotonicClock clock, TaskFollower follower, FollowSettings settings) {
        this.api = api;
        this.clock = clock;
        this.follower = follower;
        this.settings = settings;
    }

    Result awaitRealTask(Upid haTask, String vmId, long deadlineNanos) throws IOException, InterruptedException {
        TaskFollower.Result ha = follower.follow(haTask, new TaskLogParser(), deadlineNanos);
        if (ha.cancelled()) {
            return new Result(null, MigrationVerdict.timedOut("HA did not hand the migration over within the "
                    + "timeout; hamigrate task cancelled"), ha.stoppedAtNanos());
        }
        TaskEnd end = TaskEnd.fromExitStatus(ha.status().exitStatus());
        if (!end.succeeded()) {
            return new Result(null, MigrationVerdict.failed("hamigrate: " + end.text()), ha.stoppedAtNanos());
        }
        while (true) {
            Optional<Upid> real = firstMigrationSince(haTask, vmId);
            if (real.isPresent()) {
                return new Result(real.get(), null, clock.nanoTime());
            }
            if (clock.nanoTime() >= deadlineNanos) {
                return new Result(null, MigrationVerdict.timedOut("HA accepted the migration (" + haTask.text()
                        + ") but no qmigrate task for VM " + vmId + " started within the timeout; check "
                        + "'ha-manager status'"), clock.nanoTime());
            }
            clock.sleepMillis(settings.logPoll().toMillis());
        }
    }

    private Optional<Upid> firstMigrationSince(Upid haTask, String vmId) throws IOException, InterruptedException {
        return api.migrationTasks(haTask.node(), vmId).stream()
                .map(TaskSummary::upid)
                .filter(u -> u.type().equals("qmigrate") && u.id().equals(vmId))
                .filter(u -> u.startEpochS() >= haTask.startEpochS())
                .min(Comparator.comparingLong(Upid::startEpochS));
    }
}
