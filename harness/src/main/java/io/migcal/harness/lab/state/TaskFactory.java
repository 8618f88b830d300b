package io.migcal.harness.lab.state;

import io.migcal.harness.lab.LabTopology;
import io.migcal.harness.lab.VirtualLabSettings;
import io.migcal.harness.lab.pve.LabTask;
import io.migcal.harness.lab.pve.MigrationLogScript;
import io.migcal.harness.lab.pve.TaskScript;
import io.migcal.harness.lab.pve.TimedLine;
import io.migcal.harness.lab.pve.IssuedUpid;
import io.migcal.harness.lab.truth.DelayBoxSettings;
import io.migcal.harness.lab.truth.GroundTruth;
import io.migcal.harness.lab.truth.GroundTruthParameters;
import io.migcal.harness.lab.pve.MigrationKnobs;
import io.migcal.harness.lab.truth.GroundTruthTimeline;
import io.migcal.harness.lab.truth.NoiseModel;
import io.migcal.harness.time.CompressedClock;
import java.time.Instant;
import java.util.List;

/**
 * Makes the lab's tasks: a {@code qmigrate} whose timeline the ground truth (times this run's noise
 * factor) decides and whose log script the fault switches choose, or the short {@code hamigrate}
 * request. Also hands out PIDs. Guarded by the lab state.
 */
final class TaskFactory {
    private static final long UPTIME_AT_START_TICKS = 8_640_000L;

    /** The guest as the migration sees it when it starts. */
    record GuestLoadAtStart(long usedBytes, double dirtyRateBytesPerS, long dirtyWorkingSetBytes) {
    }

    private final VirtualLabSettings settings;
    private final LabTopology topology;
    private final CompressedClock clock;
    private final GroundTruth truth;
    private final NoiseModel noise;
    private long migrationsStarted;
    private int nextPid = 0x1A2B0;

    TaskFactory(VirtualLabSettings settings, CompressedClock clock, GroundTruth truth, NoiseModel noise) {
        this.settings = settings;
        this.topology = settings.topology();
        this.clock = clock;
        this.truth = truth;
        this.noise = noise;
    }

    int nextPid() {
        return nextPid++;
    }

    LabTask haRequest(String source, String target, String user, double nowLabS) {
        TaskScript script = new TaskScript(List.of(
                TimedLine.bareLine(0, "Requesting HA migration for VM " + topology.vmid() + " to node " + target),
                TimedLine.bareLine(0.2, "TASK OK")), 0.2, "OK", Double.NaN);
        return new LabTask(upid(source, nowLabS, "hamigrate", user), target, nowLabS, instantAt(nowLabS), script, null);
    }

    LabTask migration(String source, String target, String user, double startLabS, boolean byHa,
            GuestLoadAtStart guest, DelayBoxSettings path, LabFaults faults, MigrationKnobs knobs) {
        int targetIndex = topology.nodes().indexOf(target);
        GroundTruthTimeline timeline = withKnobs(knobs).timeline(guest.usedBytes(), topology.vmMemoryBytes(),
                guest.dirtyRateBytesPerS(), guest.dirtyWorkingSetBytes(), path).scaled(noise.factor(migrationsStarted++));
        MigrationLogScript log = new MigrationLogScript(new MigrationLogScript.Input(topology.vmid(), target,
                topology.nodeIps().get(targetIndex), timeline, topology.vmMemoryBytes(), guest.dirtyRateBytesPerS(),
                settings.pveVersion(), byHa), knobs);
        TaskScript script = faults.nodeOffline(target) ? log.unreachableTarget()
                : faults.takeFailNext() ? log.failure() : faults.takeHangNext() ? log.hang() : log.success();
        return new LabTask(upid(source, startLabS, "qmigrate", user), target, startLabS, instantAt(startLabS), script,
                log, timeline, targetIndex);
    }

    /** The ground truth with the migration's speed and downtime limits, as qemu-server sets them on QEMU. */
    private GroundTruth withKnobs(MigrationKnobs knobs) {
        GroundTruthParameters p = truth.parameters();
        if (knobs.speedLimitBytesPerS() != null) {
            p = p.withHypervisorCapBytesPerS(knobs.speedLimitBytesPerS());
        }
        if (knobs.downtimeLimitMs() != null) {
            p = p.withDowntimeLimitMs(knobs.downtimeLimitMs());
        }
        return p == truth.parameters() ? truth : new GroundTruth(p);
    }

    private IssuedUpid upid(String node, double labS, String type, String user) {
        long pstart = UPTIME_AT_START_TICKS + (long) (labS * 100);
        return new IssuedUpid(node, nextPid(), pstart, instantAt(labS).getEpochSecond(), type,
                Integer.toString(topology.vmid()), user);
    }

    private Instant instantAt(double labS) {
        double ago = clock.elapsedSeconds() - labS;
        return clock.now().minusNanos((long) (ago * 1e9));
    }
}
