package io.migcal.harness.lab.state;

import io.migcal.harness.lab.LabTopology;
import io.migcal.harness.lab.VirtualLabSettings;
import io.migcal.harness.lab.pve.LabTask;
import io.migcal.harness.lab.pve.MigrationKnobs;
import io.migcal.harness.lab.truth.CongestionControl;
import io.migcal.harness.lab.truth.GroundTruth;
import io.migcal.harness.lab.truth.GroundTruthTimeline;
import io.migcal.harness.lab.truth.GuestSlowdownLaw;
import io.migcal.harness.lab.truth.NoiseModel;
import io.migcal.harness.time.CompressedClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one state behind every endpoint of a virtual lab: where the VM is, its lock, the guest's
 * memory, the delay box, and the tasks. Time-dependent effects (a task finishing, the config moving,
 * an HA request turning into a migration) are applied lazily when anyone looks ({@link #settle}).
 * All access is synchronized on this object.
 */
public final class LabState {
    private static final double HA_AGENT_DELAY_S = 3.0;
    private static final double FILL_RATE_BYTES_PER_S = 1024.0 * 1024 * 1024;
    private static final double DIRTYING_LOAD_BYTES_PER_S = 400.0 * 1024 * 1024;

    private record PendingHaMigration(String source, String target, double dueLabS, MigrationKnobs knobs) {
    }

    private final VirtualLabSettings settings;
    private final LabTopology topology;
    private final CompressedClock clock;
    private final GroundTruth truth;
    private final NoiseModel noise;
    private final LabFaults faults;
    private final GuestMemory guest;
    private final DelayBox delayBox;
    private final Map<String, LabTask> tasks = new LinkedHashMap<>();
    private final List<PendingHaMigration> pendingHa = new ArrayList<>();
    private final Map<String, String> vmOptions = new java.util.LinkedHashMap<>();
    private String vmNode;
    private String vmLock;
    private CongestionControl congestionControl;
    private final TaskFactory taskFactory;
    private final GuestProgressMeter meter = new GuestProgressMeter();

    public LabState(VirtualLabSettings settings, CompressedClock clock) {
        this.settings = settings;
        this.topology = settings.topology();
        this.clock = clock;
        this.truth = new GroundTruth(settings.truth());
        this.noise = new NoiseModel(settings.truth().noiseSigma(), settings.seed());
        this.faults = new LabFaults(this);
        this.guest = new GuestMemory(topology.vmMemoryBytes(), topology.guestBaselineUsedBytes(),
                FILL_RATE_BYTES_PER_S, DIRTYING_LOAD_BYTES_PER_S);
        this.delayBox = new DelayBox(topology.delayInterfaces(), topology.offloadsOn());
        this.taskFactory = new TaskFactory(settings, clock, truth, noise);
        this.vmNode = topology.nodes().get(0);
        this.congestionControl = topology.congestionControl();
    }

    public VirtualLabSettings settings() {
        return settings;
    }

    public CompressedClock clock() {
        return clock;
    }

    public GroundTruth groundTruth() {
        return truth;
    }

    public NoiseModel noise() {
        return noise;
    }

    public LabFaults faults() {
        return faults;
    }

    public synchronized String vmNode() {
        settle();
        return vmNode;
    }

    public synchronized String vmLock() {
        settle();
        return vmLock;
    }

    synchronized void setVmLock(String lock) {
        settle();
        vmLock = lock;
    }

    public synchronized CongestionControl congestionControl() {
        return congestionControl;
    }

    public synchronized void setCongestionControl(CongestionControl cc) {
        congestionControl = cc;
    }

    /** Runs {@code action} on the delay box under the lab's lock (finished migrations counted first). */
    public synchronized <T> T withDelayBox(Function<DelayBox, T> action) {
        settle();
        return action.apply(delayBox);
    }

    public synchronized long guestUsedBytes() {
        return guest.usedBytes(clock.elapsedSeconds());
    }

    public long guestTotalBytes() {
        return guest.totalBytes();
    }

    /** Starts a stress-ng worker touching {@code bytes}; returns its PID. */
    public synchronized int startStress(long bytes, boolean dirtying) {
        int pid = taskFactory.nextPid();
        guest.startLoad(pid, bytes, clock.elapsedSeconds(), dirtying);
        return pid;
    }

    public synchronized int stopStress() {
        return guest.stopLoads();
    }

    /** Starts the guest's dirty writer on a working set of {@code workingSetBytes}; returns its PID. */
    public synchronized int startDirtyWriter(double rateBytesPerS, long workingSetBytes) {
        int pid = taskFactory.nextPid();
        guest.startWriter(pid, workingSetBytes, clock.elapsedSeconds(), rateBytesPerS);
        return pid;
    }

    /** Starts the guest's progress meter; returns its PID. */
    public synchronized int startProgressMeter() {
        meter.start(clock.elapsedSeconds());
        return taskFactory.nextPid();
    }

    /** Stops the dirty writer and the progress meter (and removes their files); returns how many ran. */
    public synchronized int stopGuestActivity() {
        int stopped = guest.stopWriters() + (meter.running() ? 1 : 0);
        meter.stop();
        return stopped;
    }

    /** The progress meter's file (START_NS END_NS per unit), or null when the meter never ran. */
    public synchronized String guestProgressText() {
        double now = clock.elapsedSeconds();
        Instant nowInstant = clock.now();
        return meter.text(now, labS -> {
            Instant at = nowInstant.minusNanos(Math.round((now - labS) * 1e9));
            return at.getEpochSecond() * 1_000_000_000L + at.getNano();
        });
    }

    /**
     * Starts {@code qm migrate}/{@code POST .../migrate} of the lab's VM from {@code source} to
     * {@code target} on behalf of {@code user}, after the checks Proxmox makes before the worker starts.
     */
    public synchronized LabTask startMigration(String source, String target, String user) {
        return startMigration(source, target, user, Map.of());
    }

    /**
     * As above, with the migrate call's other parameters ({@code bwlimit}, {@code migration_type},
     * {@code migration_network}); the VM's {@code migrate_speed}/{@code migrate_downtime} apply too.
     */
    public synchronized LabTask startMigration(String source, String target, String user,
            Map<String, String> parameters) {
        settle();
        int sourceIndex = topology.nodes().indexOf(source);
        int targetIndex = topology.nodes().indexOf(target);
        if (targetIndex < 0) {
            throw new LabException(400, "no such cluster node '" + target + "'");
        }
        if (source.equals(target)) {
            throw new LabException(400, "target is local node.");
        }
        if (sourceIndex < 0 || !source.equals(vmNode)) {
            throw new LabException(500, String.format(Locale.ROOT,
                    "Configuration file 'nodes/%s/qemu-server/%d.conf' does not exist", source, topology.vmid()));
        }
        if (vmLock != null) {
            throw new LabException(500, "VM is locked (" + vmLock + ")");
        }
        MigrationKnobs knobs = MigrationKnobs.of(parameters, vmOptions, topology.nodeIps().get(targetIndex));
        double now = clock.elapsedSeconds();
        faults.migrationStarting();
        if (topology.haManaged()) {
            pendingHa.add(new PendingHaMigration(source, target, now + HA_AGENT_DELAY_S, knobs));
            return register(taskFactory.haRequest(source, target, user, now));
        }
        return register(migrationTask(source, target, user, now, false, knobs));
    }

    /** Sets VM options ({@code PUT .../config}, {@code qm set}); only the migration ones are emulated. */
    public synchronized void setVmOptions(Map<String, String> options) {
        for (Map.Entry<String, String> option : options.entrySet()) {
            if (option.getKey().equals("delete")) {
                for (String deleted : option.getValue().split(",")) {
                    vmOptions.remove(deleted.strip());
                }
                continue;
            }
            if (!option.getKey().equals("migrate_downtime") && !option.getKey().equals("migrate_speed")) {
                throw new LabException(400, option.getKey() + ": the virtual lab emulates only the VM options "
                        + "migrate_downtime and migrate_speed");
            }
            MigrationKnobs.of(Map.of(), Map.of(option.getKey(), option.getValue()), "0.0.0.0");
            vmOptions.put(option.getKey(), option.getValue());
        }
    }

    /** The VM options set so far (shown by {@code GET .../config}). */
    public synchronized Map<String, String> vmOptions() {
        return Map.copyOf(vmOptions);
    }

    private LabTask migrationTask(String source, String target, String user, double startLabS, boolean byHa,
            MigrationKnobs knobs) {
        double dirtyRate = settings.truth().idleDirtyRateBytesPerS() + guest.loadDirtyRateBytesPerS();
        long workingSet = settings.truth().idleWorkingSetBytes() + guest.loadWorkingSetBytes();
        var load = new TaskFactory.GuestLoadAtStart(guest.usedBytes(startLabS), dirtyRate, workingSet);
        var path = delayBox.pathSettings(topology.nodes().indexOf(source), topology.nodes().indexOf(target),
                congestionControl);
        vmLock = "migrate";
        LabTask task = taskFactory.migration(source, target, user, startLabS, byHa, load, path, faults, knobs);
        GroundTruthTimeline timeline = task.timeline();
        double copyFromS = startLabS + timeline.migrateCommandOffsetS();
        meter.slowDuring(new GuestProgressMeter.SlowWindow(copyFromS, copyFromS + timeline.memoryCopyS(),
                GuestSlowdownLaw.factor(dirtyRate, timeline.throughput())));
        return task;
    }

    private LabTask register(LabTask task) {
        tasks.put(task.upid().encode(), task);
        return task;
    }

    public synchronized Optional<LabTask> task(String node, String upid) {
        settle();
        LabTask task = tasks.get(upid);
        return task != null && task.upid().node().equals(node) ? Optional.of(task) : Optional.empty();
    }

    /** Every node's tasks, newest first (GET /cluster/tasks). */
    public synchronized List<LabTask> allTasks() {
        settle();
        List<LabTask> list = new ArrayList<>(tasks.values());
        java.util.Collections.reverse(list);
        return list;
    }

    /** The node's tasks, newest first. */
    public synchronized List<LabTask> tasks(String node) {
        settle();
        List<LabTask> list = new ArrayList<>(tasks.values().stream().filter(t -> t.upid().node().equals(node)).toList());
        java.util.Collections.reverse(list);
        return list;
    }

    public synchronized double nowLabS() {
        return clock.elapsedSeconds();
    }

    /**
     * Whether the guest is paused at {@code labS}: from the start of a completed migration's
     * stop-and-copy (its downtime) until phase 3 has resumed it on the target, at the task's end.
     */
    public synchronized boolean guestPausedAt(double labS) {
        for (LabTask task : tasks.values()) {
            GroundTruthTimeline t = task.timeline();
            if (t == null || !task.script().movesVm()) {
                continue;
            }
            double copyEndS = task.startLabS() + t.migrateCommandOffsetS() + t.memoryCopyS();
            if (labS >= copyEndS - t.downtimeMs() / 1000 && labS < copyEndS + t.phase3S()) {
                return true;
            }
        }
        return false;
    }

    /** A stop request for a task; false when it had already stopped. */
    public synchronized boolean stopTask(LabTask task) {
        settle();
        boolean stopped = task.cancel(clock.elapsedSeconds());
        settle();
        return stopped;
    }

    /** Applies every effect whose time has come on the lab clock. */
    private void settle() {
        double now = clock.elapsedSeconds();
        List<PendingHaMigration> due = pendingHa.stream().filter(p -> p.dueLabS() <= now).toList();
        pendingHa.removeAll(due);
        for (PendingHaMigration p : due) {
            if (vmLock == null && p.source().equals(vmNode)) {
                register(migrationTask(p.source(), p.target(), "root@pam", p.dueLabS(), true, p.knobs()));
            }
        }
        for (LabTask task : tasks.values()) {
            if (task.vmMoveDue(now)) {
                vmNode = task.targetNode();
                task.markVmMoved();
            }
            if (task.effectsDue(now)) {
                task.markEffectsApplied();
                finishMigration(task);
            }
        }
    }

    private void finishMigration(LabTask task) {
        GroundTruthTimeline timeline = task.timeline();
        if (timeline == null) {
            return;
        }
        if ("migrate".equals(vmLock)) {
            vmLock = null;
        }
        // a failed or stopped run sent part of the memory; an aborted one (phase 1) sent nothing
        double doneShare = task.script().movesVm() ? 1.0 : "migration aborted".equals(task.exitStatus()) ? 0.0 : 0.4;
        long sent = (long) (timeline.transferredBytes() * doneShare);
        var p = settings.truth();
        delayBox.countMigration(task.targetIndex(), sent, p.mssBytes(), p.wirePacketBytes() - p.mssBytes(),
                timeline.throughput().dropFraction());
    }
}
