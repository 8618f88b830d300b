package io.migcal.harness.sweep.connect;

import io.migcal.harness.guest.GuestAgentShell;
import io.migcal.harness.migrate.Hypervisor;
import io.migcal.harness.ssh.CommandResult;
import io.migcal.harness.ssh.RemoteShell;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;

/**
 * A shell into the guest through the QEMU guest agent on whichever node owns the VM right now:
 * the VM moves with every sample, and {@code qm guest exec} works only where it runs.
 */
final class VmOwnerShell implements RemoteShell {
    private final Hypervisor hypervisor;
    private final Map<String, RemoteShell> nodes;
    private final String vmId;

    VmOwnerShell(Hypervisor hypervisor, Map<String, RemoteShell> nodes, String vmId) {
        this.hypervisor = hypervisor;
        this.nodes = Map.copyOf(nodes);
        this.vmId = vmId;
    }

    @Override
    public CommandResult run(String command, Duration timeout) throws IOException, InterruptedException {
        String owner = hypervisor.locate(vmId);
        RemoteShell node = nodes.get(owner);
        if (node == null) {
            throw new IOException("VM " + vmId + " runs on " + owner + ", which is neither migration node");
        }
        return new GuestAgentShell(node, Integer.parseInt(vmId)).run(command, timeout);
    }

    @Override
    public String describe() {
        return "guest agent of VM " + vmId;
    }

    @Override
    public void close() {
        // the node shells belong to the pool
    }
}
