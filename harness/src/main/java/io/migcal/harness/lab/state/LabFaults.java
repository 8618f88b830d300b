package io.migcal.harness.lab.state;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fault switches for tests, demonstrations and the fault soak. Each one-shot switch
 * ({@code failNextMigration}, {@code hangNextMigration}) applies to the next migration that starts and
 * then resets; the link faults (an SSH endpoint refusing, the API answering 503, a slow task log) last
 * for a stretch of lab time, as a flaky VPN between sites does.
 */
public final class LabFaults {
    private final AtomicBoolean failNext = new AtomicBoolean();
    private final AtomicBoolean hangNext = new AtomicBoolean();
    private final Set<String> offlineNodes = ConcurrentHashMap.newKeySet();
    private final Set<String> droppingEndpoints = ConcurrentHashMap.newKeySet();
    private final Map<String, Double> sshRefusedUntilLabS = new ConcurrentHashMap<>();
    private final AtomicInteger stalledApiReplies = new AtomicInteger();
    private volatile double apiUnavailableUntilLabS = -1;
    private volatile double apiStallLabS;
    private volatile double slowLogUntilLabS = -1;
    private volatile double slowLogDelayLabS;
    private final java.util.concurrent.atomic.AtomicReference<Runnable> onNextMigration =
            new java.util.concurrent.atomic.AtomicReference<>();
    private final LabState state;

    LabFaults(LabState state) {
        this.state = state;
    }

    /** The next migration's QEMU reports {@code failed}; the task ends {@code migration problems}. */
    public void failNextMigration() {
        failNext.set(true);
    }

    /** The next migration stops making progress and never ends until it is stopped (DELETE). */
    public void hangNextMigration() {
        hangNext.set(true);
    }

    /** API calls for the node answer 595 and its SSH endpoint refuses logins. */
    public void setNodeOffline(String node, boolean offline) {
        if (offline) {
            offlineNodes.add(node);
        } else {
            offlineNodes.remove(node);
        }
    }

    public boolean nodeOffline(String node) {
        return offlineNodes.contains(node);
    }

    /** The named SSH endpoint ({@code pve1}, {@code delaybox}, {@code guest}) drops sessions mid-command. */
    public void setSshDrops(String endpoint, boolean drop) {
        if (drop) {
            droppingEndpoints.add(endpoint);
        } else {
            droppingEndpoints.remove(endpoint);
        }
    }

    public boolean sshDrops(String endpoint) {
        return droppingEndpoints.contains(endpoint);
    }

    /** Sets a lock on the VM's config ({@code migrate}, {@code backup}, ...); null clears it. */
    public void lockVm(String lock) {
        state.setVmLock(lock);
    }

    /**
     * Runs {@code fault} (say, {@code apiUnavailable}) the moment the next migration is accepted, so a
     * link fault lands while it runs; one-shot. It must only switch faults on (it runs inside the lab's lock).
     */
    public void onNextMigrationStart(Runnable fault) {
        onNextMigration.set(fault);
    }

    void migrationStarting() {
        Runnable fault = onNextMigration.getAndSet(null);
        if (fault != null) {
            fault.run();
        }
    }

    /** The named SSH endpoint closes every new connection during key exchange for {@code forLabS}. */
    public void refuseSsh(String endpoint, double forLabS) {
        sshRefusedUntilLabS.put(endpoint, now() + forLabS);
    }

    /** True while the endpoint's node is offline or it was told to refuse connections. */
    public boolean sshRefused(String endpoint) {
        return nodeOffline(endpoint) || now() < sshRefusedUntilLabS.getOrDefault(endpoint, -1.0);
    }

    /** Every API call answers {@code 503 Service Unavailable} for {@code forLabS}, as a restarting pveproxy does. */
    public void apiUnavailable(double forLabS) {
        apiUnavailableUntilLabS = now() + forLabS;
    }

    public boolean apiUnavailableNow() {
        return now() < apiUnavailableUntilLabS;
    }

    /** The next {@code replies} API calls are held {@code eachLabS} before they are answered (clients time out). */
    public void stallApiReplies(int replies, double eachLabS) {
        apiStallLabS = eachLabS;
        stalledApiReplies.set(replies);
    }

    /** Holds the calling API request if a stall was asked for; returns at once otherwise. */
    public void stallIfAsked() throws InterruptedException {
        if (stalledApiReplies.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            state.clock().sleepMillis(Math.round(apiStallLabS * 1000));
        }
    }

    /** Task log pages take {@code delayLabS} each to come back, for {@code forLabS}. */
    public void slowTaskLog(double delayLabS, double forLabS) {
        slowLogDelayLabS = delayLabS;
        slowLogUntilLabS = now() + forLabS;
    }

    /** Holds a task log request while the log is slow. */
    public void delayTaskLogIfSlow() throws InterruptedException {
        if (now() < slowLogUntilLabS) {
            state.clock().sleepMillis(Math.round(slowLogDelayLabS * 1000));
        }
    }

    private double now() {
        return state.clock().elapsedSeconds();
    }

    boolean takeFailNext() {
        return failNext.getAndSet(false);
    }

    boolean takeHangNext() {
        return hangNext.getAndSet(false);
    }
}
