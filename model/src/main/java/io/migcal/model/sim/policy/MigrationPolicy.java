package io.migcal.model.sim.policy;

/**
 * Decides whether a server that just changed (a VM started, finished, migrated, or began to wait
 * there) should send one of its VMs elsewhere. Implementations are stateless, so one instance can
 * serve simulations running in parallel threads.
 */
public interface MigrationPolicy {

    /** The policy's name as users type it ({@code --policy}). */
    String name();

    /** The move to start now from {@code server}, or {@code null} for none. */
    Move decide(ClusterView view, int server, Trigger trigger);
}
