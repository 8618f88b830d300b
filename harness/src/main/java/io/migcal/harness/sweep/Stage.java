package io.migcal.harness.sweep;

import java.util.Locale;

/** The stages of one sample, in order; a row that did not end OK names the one it ended in. */
enum Stage {
    /** Locate the VM, set the delay, check the RTT. */
    PROVISION,
    /** Read the context, fill the guest, let it settle, read its used memory. */
    PREPARE,
    /** Migrate and follow the migration. */
    RUN,
    /** Stop the load, read the context and the delay counters again. */
    CLEANUP;

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
