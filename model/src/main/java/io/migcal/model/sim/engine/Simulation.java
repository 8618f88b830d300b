package io.migcal.model.sim.engine;

import io.migcal.model.fit.TransferTimePredictor;
import io.migcal.model.sim.engine.EngineSettings.Launch;
import io.migcal.model.sim.engine.EngineSettings.SourceFreed;
import io.migcal.model.sim.engine.EngineSettings.VmDuringTransfer;
import io.migcal.model.sim.policy.MigrationPolicy;
import io.migcal.model.sim.policy.Move;
import io.migcal.model.sim.policy.Trigger;
import io.migcal.model.sim.policy.TriggerReading;

/**
 * One deterministic discrete-event run. Events at the same instant run finishes first (memory is
 * freed before anyone asks for it), then migration ends, then arrivals; remaining ties go by the
 * order they were scheduled in. After each event the policy is asked about the servers its
 * {@link TriggerReading} names (the one whose load changed, or every server); a server has at most
 * one outgoing migration in flight. A migrating VM works at {@code 1 - workSlowdown} of its speed
 * and pauses for the downtime at switch-over ({@link EngineSettings.MigrationTerms}).
 */
public final class Simulation {
    private static final int FINISH = 0;
    private static final int MIGRATION_END = 1;
    private static final int ARRIVAL = 2;

    private final Instance instance;
    private final EngineSettings settings;
    private final MigrationPolicy policy;
    private final SimulationObserver observer;
    private final ClusterState state;
    private final EventQueue events;
    private final int[] vmEpoch;
    private final int[] migrationSource;
    private final int[] migrationDestination;
    private final double[] vmArrivalS;
    private final double[] vmStartS;
    private final double[] migrationStartS;
    private final boolean[] outgoingInFlight;
    private final double[] migrationWorkLeftS;
    private final int[] previousSource;
    private final double workRate;
    private final boolean costly;
    private boolean sweeping;
    private boolean sweepAgain;
    private int migrations;
    private int immediateReturns;
    private int aborted;
    private int finished;
    private double transferS;

    public Simulation(Instance instance, EngineSettings settings, MigrationPolicy policy,
            TransferTimePredictor predictor, SimulationObserver observer) {
        this.instance = instance;
        this.settings = settings;
        this.policy = policy;
        this.observer = observer;
        this.state = new ClusterState(instance, settings, predictor);
        int vms = instance.vmCount();
        this.events = new EventQueue(settings.launch() == Launch.SEQUENTIAL ? 64 : vms + 64);
        this.vmEpoch = new int[vms];
        this.migrationSource = new int[vms];
        this.migrationDestination = new int[vms];
        this.vmArrivalS = new double[vms];
        this.vmStartS = new double[vms];
        this.migrationStartS = new double[vms];
        this.outgoingInFlight = new boolean[instance.serverCount()];
        this.migrationWorkLeftS = new double[vms];
        this.previousSource = new int[vms];
        java.util.Arrays.fill(previousSource, -1);
        this.workRate = settings.vmDuringTransfer() == VmDuringTransfer.PAUSED ? 0 : 1 - settings.terms().workSlowdown();
        this.costly = workRate < 1 || settings.terms().downtimeS() > 0;
    }

    public RunResult run() {
        if (instance.vmCount() > 0) {
            events.schedule(instance.vmArrivalGapS(0), ARRIVAL, ARRIVAL, 0, 0);
        }
        while (!events.isEmpty()) {
            double at = events.headTimeS();
            int kind = events.headKind();
            int vm = events.headSubject();
            int tag = events.headTag();
            events.removeHead();
            state.nowS = at;
            if (kind == FINISH) {
                onFinish(vm, tag);
            } else if (kind == MIGRATION_END) {
                onMigrationEnd(vm, tag);
            } else {
                onArrival(vm);
            }
        }
        if (finished != instance.vmCount()) {
            throw new IllegalStateException("invariant broken: " + finished + " of "
                    + instance.vmCount() + " VMs finished (a VM larger than its home server waits forever)");
        }
        return result();
    }

    private void onArrival(int vm) {
        int server = instance.vmHomeServer(vm);
        vmArrivalS[vm] = state.nowS;
        observer.arrived(state.nowS, vm, server);
        if (settings.launch() == Launch.INDEPENDENT) {
            scheduleArrival(vm + 1);
        }
        state.enqueueWaiting(server, vm);
        startWaiting(server);
        if (state.waitingHead(server) >= 0) {
            consultPolicy(server, Trigger.VM_WAITING);
        }
    }

    private void scheduleArrival(int vm) {
        if (vm < instance.vmCount()) {
            events.schedule(state.nowS + instance.vmArrivalGapS(vm), ARRIVAL, ARRIVAL, vm, 0);
        }
    }

    private void startWaiting(int server) {
        boolean started = false;
        int head = state.waitingHead(server);
        while (head >= 0 && state.hasRoom(server, head)) {
            start(state.dequeueWaiting(server), server);
            started = true;
            head = state.waitingHead(server);
        }
        if (started) {
            consultPolicy(server, Trigger.VM_STARTED);
        }
    }

    private void start(int vm, int server) {
        state.reserve(server, vm);
        state.addLoad(server, instance.vmRamBytes(vm));
        state.addResident(server, vm);
        vmStartS[vm] = state.nowS;
        state.vmFinishAtS[vm] = state.nowS + instance.vmWorkS(vm);
        events.schedule(state.vmFinishAtS[vm], FINISH, FINISH, vm, vmEpoch[vm]);
        observer.started(state.nowS, vm, server);
        if (settings.launch() == Launch.SEQUENTIAL) {
            scheduleArrival(vm + 1);
        }
    }

    private void onFinish(int vm, int epoch) {
        if (epoch != vmEpoch[vm]) {
            return;
        }
        int server = state.vmServer[vm];
        boolean sourceAlreadyFreed = state.vmMigrating[vm] && settings.sourceFreed() == SourceFreed.AT_START;
        int abortedTo = state.vmMigrating[vm] ? abortMigration(vm) : -1;
        state.removeResident(server, vm);
        if (!sourceAlreadyFreed) {
            state.release(server, vm);
        }
        state.addLoad(server, -instance.vmRamBytes(vm));
        state.vmFinishAtS[vm] = state.nowS;
        finished++;
        observer.finished(state.nowS, vm, server);
        if (abortedTo >= 0) {
            startWaiting(abortedTo);
            consultPolicy(abortedTo, Trigger.VM_FINISHED);
        }
        startWaiting(server);
        consultPolicy(server, Trigger.VM_FINISHED);
    }

    private void startMigration(Move move) {
        int vm = move.vm();
        int from = state.vmServer[vm];
        int to = move.destinationServer();
        double transfer = state.transferS(vm, to);
        state.reserve(to, vm);
        state.addLoad(to, instance.vmRamBytes(vm));
        state.addLoad(from, -instance.vmRamBytes(vm));
        state.vmMigrating[vm] = true;
        migrationSource[vm] = from;
        migrationStartS[vm] = state.nowS;
        outgoingInFlight[from] = true;
        migrations++;
        if (previousSource[vm] == to) {
            immediateReturns++;
        }
        previousSource[vm] = from;
        if (costly) {
            slowDown(vm, transfer);
        }
        events.schedule(state.nowS + transfer, MIGRATION_END, MIGRATION_END, vm, to);
        observer.migrationStarted(state.nowS, vm, from, to, transfer);
        if (settings.sourceFreed() == SourceFreed.AT_START) {
            state.release(from, vm);
            startWaiting(from);
        }
    }

    /**
     * The VM's work continues at the reduced rate: its pending finish is cancelled and, if the
     * work left fits in the transfer at that rate, it finishes during the transfer (an abort).
     */
    private void slowDown(int vm, double transferS) {
        double workLeftS = state.vmFinishAtS[vm] - state.nowS;
        migrationWorkLeftS[vm] = workLeftS;
        vmEpoch[vm]++;
        if (workRate > 0 && workLeftS / workRate < transferS) {
            state.vmFinishAtS[vm] = state.nowS + workLeftS / workRate;
            events.schedule(state.vmFinishAtS[vm], FINISH, FINISH, vm, vmEpoch[vm]);
        }
    }

    private void onMigrationEnd(int vm, int to) {
        if (!state.vmMigrating[vm]) {
            return;
        }
        int from = migrationSource[vm];
        state.vmMigrating[vm] = false;
        outgoingInFlight[from] = false;
        transferS += state.nowS - migrationStartS[vm];
        state.removeResident(from, vm);
        if (settings.sourceFreed() == SourceFreed.AT_END) {
            state.release(from, vm);
        }
        state.addResident(to, vm);
        state.vmMigratedInAtS[vm] = state.nowS;
        if (costly) {
            double workDoneS = workRate * (state.nowS - migrationStartS[vm]);
            state.vmFinishAtS[vm] = state.nowS + settings.terms().downtimeS() + migrationWorkLeftS[vm] - workDoneS;
            events.schedule(state.vmFinishAtS[vm], FINISH, FINISH, vm, vmEpoch[vm]);
        }
        observer.migrationEnded(state.nowS, vm, from, to);
        startWaiting(from);
        consultPolicy(from, Trigger.MIGRATION_ENDED);
        consultPolicy(to, Trigger.MIGRATION_ENDED);
    }

    /**
     * Only reachable when the VM works during its transfer: it finished first, so nothing moves.
     * Returns the destination; its waiting VMs and the policy are served once the VM is gone, so
     * a policy that looks at every server never sees the finishing VM as movable.
     */
    private int abortMigration(int vm) {
        int from = migrationSource[vm];
        int to = migrationDestination[vm];
        state.vmMigrating[vm] = false;
        outgoingInFlight[from] = false;
        aborted++;
        transferS += state.nowS - migrationStartS[vm];
        state.release(to, vm);
        state.addLoad(to, -instance.vmRamBytes(vm));
        state.addLoad(from, instance.vmRamBytes(vm));
        observer.migrationAborted(state.nowS, vm, from, to);
        return to;
    }

    private void consultPolicy(int server, Trigger trigger) {
        TriggerReading reading = policy.trigger();
        if (!reading.hears(trigger)) {
            return;
        }
        if (!reading.sweepsAllServers()) {
            decideAt(server, trigger);
            return;
        }
        if (sweeping) {
            sweepAgain = true;
            return;
        }
        sweeping = true;
        try {
            do {
                sweepAgain = false;
                for (int s = 0; s < instance.serverCount(); s++) {
                    decideAt(s, trigger);
                }
            } while (sweepAgain);
        } finally {
            sweeping = false;
        }
    }

    private void decideAt(int server, Trigger trigger) {
        if (outgoingInFlight[server]) {
            return;
        }
        Move move = policy.decide(state, server, trigger);
        if (move != null) {
            validate(move, server);
            migrationDestination[move.vm()] = move.destinationServer();
            startMigration(move);
        }
    }

    private void validate(Move move, int server) {
        int vm = move.vm();
        int to = move.destinationServer();
        if (state.vmServer[vm] != server || !state.canMove(vm) || to == server
                || !state.hasRoom(to, vm) || state.rttMs(server, to) > settings.rttThresholdMs()) {
            throw new IllegalStateException("policy " + policy.name() + " proposed an impossible move "
                    + move + " from server " + server);
        }
    }

    private RunResult result() {
        double firstStart = Double.POSITIVE_INFINITY;
        double lastFinish = Double.NEGATIVE_INFINITY;
        double waiting = 0;
        double slowdownSum = 0;
        double slowdownMax = 0;
        for (int vm = 0; vm < instance.vmCount(); vm++) {
            firstStart = Math.min(firstStart, vmStartS[vm]);
            lastFinish = Math.max(lastFinish, state.vmFinishAtS[vm]);
            waiting += vmStartS[vm] - vmArrivalS[vm];
            double slowdown = (state.vmFinishAtS[vm] - vmArrivalS[vm]) / instance.vmWorkS(vm);
            slowdownSum += slowdown;
            slowdownMax = Math.max(slowdownMax, slowdown);
        }
        int n = instance.vmCount();
        double end = settings.processingEnd() == EngineSettings.ProcessingEnd.LAST_FINISHED || n == 0
                ? lastFinish : state.vmFinishAtS[n - 1];
        return new RunResult(n == 0 ? 0 : end - firstStart, waiting, migrations, aborted, immediateReturns,
                transferS, new RunResult.Slowdown(n == 0 ? 0 : slowdownSum / n, slowdownMax),
                new RunResult.ModelQueries(state.modelQueries, state.extrapolatedQueries));
    }
}
