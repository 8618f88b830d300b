package io.migcal.harness.sweep;

import java.io.IOException;
import java.util.List;

/**
 * Finds and stops the VM's tasks still running on the hypervisor: for teardown after an interrupt
 * (the driver that was following the migration may have been cut off mid-way), and before every
 * sample (a harness killed mid-migration leaves one behind, and the VM stays locked until it ends).
 */
@FunctionalInterface
public interface MigrationCanceller {

    /** Nothing to cancel: for drivers whose migrate call ends the migration when interrupted. */
    MigrationCanceller NONE = vmId -> List.of();

    /** Stops every running task of {@code vmId}; returns what it stopped (task ids), for the record. */
    List<String> cancelRunning(String vmId) throws IOException, InterruptedException;

    /** Task ids of whatever still runs for {@code vmId}; none where the driver cannot leave any behind. */
    default List<String> running(String vmId) throws IOException, InterruptedException {
        return List.of();
    }

    /** What to do by hand when {@link #cancelRunning} failed, naming the real nodes and commands. */
    default String cancelByHand(String vmId) {
        return "make sure no migration of VM " + vmId + " is still running on either node";
    }
}
