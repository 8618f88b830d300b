package io.migcal.harness.lab.state;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Fault switches for tests and demonstrations. Each one-shot switch ({@code failNextMigration},
 * {@code hangNextMigration}) applies to the next migration that starts and then resets.
 */
public final class LabFaults {
    private final AtomicBoolean failNext = new AtomicBoolean();
    private final AtomicBoolean hangNext = new AtomicBoolean();
    private final Set<String> offlineNodes = ConcurrentHashMap.newKeySet();
    private final Set<String> droppingEndpoints = ConcurrentHashMap.newKeySet();
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

    boolean takeFailNext() {
        return failNext.getAndSet(false);
    }

    boolean takeHangNext() {
        return hangNext.getAndSet(false);
    }
}
