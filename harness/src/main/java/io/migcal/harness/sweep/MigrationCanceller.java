package io.migcal.harness.sweep;

import java.io.IOException;
import java.util.List;

/**
 * Finds and stops migrations of the VM still running on the hypervisor, for teardown after an
 * interrupt: the driver that was following the migration may have been cut off mid-way.
 */
@FunctionalInterface
public interface MigrationCanceller {

    /** Nothing to cancel: for drivers whose migrate call ends the migration when interrupted. */
    MigrationCanceller NONE = vmId -> List.of();

    /** Stops every running migration of {@code vmId}; returns what it stopped (task ids), for the record. */
    List<String> cancelRunning(String vmId) throws IOException, InterruptedException;

    /** What to do by hand when {@link #cancelRunning} failed, naming the real nodes and commands. */
    default String cancelByHand(String vmId) {
        return "make sure no migration of VM " + vmId + " is still running on either node";
    }
}
