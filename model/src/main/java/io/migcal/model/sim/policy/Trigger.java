package io.migcal.model.sim.policy;

/** What just happened at the server the policy is asked about. */
public enum Trigger {
    /** A VM started there: Step 2 of the paper's flows, after which the flow runs. */
    VM_STARTED,
    /** A VM arrived there and must wait for memory. */
    VM_WAITING,
    /** A VM finished there. */
    VM_FINISHED,
    /** A migration from or to it ended. */
    MIGRATION_ENDED
}
