package io.migcal.model.sim.policy;

/**
 * Decides whether a server should send one of its VMs elsewhere; {@link #trigger()} says which
 * servers the engine asks about (the one an event touched, or all of them) and after which events. Implementations are stateless, so one instance can
 * serve simulations running in parallel threads.
 */
public interface MigrationPolicy {

    /** The policy's name as users type it ({@code --policy}). */
    String name();

    /** Which servers the engine asks about, and after which events. */
    default TriggerReading trigger() {
        return TriggerReading.CHANGED_SERVER;
    }

    /** The move to start now from {@code server}, or {@code null} for none. */
    Move decide(ClusterView view, int server, Trigger trigger);
}
