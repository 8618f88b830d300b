package io.migcal.harness.soak;

import java.util.Locale;

/** The faults the soak injects, one drawn at a time. */
enum FaultKind {
    /** Every open SSH connection of one endpoint closes (idle ones and those mid-command). */
    SSH_SESSIONS_DROPPED,
    /** One SSH endpoint refuses new connections for a few lab seconds (its sessions dropped too). */
    SSHD_REFUSING,
    /** The API answers 503 for a few lab seconds. */
    API_5XX,
    /** The next API reply comes after the client's timeout. */
    API_TIMEOUT,
    /** Task log pages come back slowly for a while. */
    SLOW_TASK_LOG,
    /** The next migration fails (a row, not a fault of the link). */
    MIGRATION_FAILS,
    /** The harness is stopped mid-sweep (as SIGTERM does) and the run resumed. */
    HARNESS_KILLED;

    String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
