package io.migcal.harness.lab;

import io.migcal.harness.lab.truth.CongestionControl;
import java.util.List;

/**
 * What the virtual lab contains: the Proxmox nodes (and the addresses their task logs name), the VM
 * that migrates, its guest, and the delay box's interfaces (interface i faces node i).
 */
public record LabTopology(
        List<String> nodes, List<String> nodeIps, int vmid, String vmName, long vmMemoryBytes,
        long guestBaselineUsedBytes, boolean haManaged, List<String> delayInterfaces, boolean offloadsOn,
        CongestionControl congestionControl) {

    private static final long MIB = 1024L * 1024;

    public LabTopology {
        nodes = List.copyOf(nodes);
        nodeIps = List.copyOf(nodeIps);
        delayInterfaces = List.copyOf(delayInterfaces);
        if (nodes.size() < 2 || nodes.size() != nodeIps.size() || delayInterfaces.size() != nodes.size()) {
            throw new IllegalArgumentException("a lab needs two or more nodes, one IP and one delay-box interface each");
        }
    }

    /** The paper's testbed: two nodes, a 2 GiB VM, a delay appliance with offloads off and CUBIC senders. */
    public static LabTopology paperTestbed() {
        return new LabTopology(List.of("pve1", "pve2"), List.of("10.10.0.11", "10.10.0.12"), 100, "migcal-guest",
                2048 * MIB, 256 * MIB, false, List.of("eth1", "eth2"), false, CongestionControl.CUBIC);
    }

    public LabTopology withHaManaged(boolean managed) {
        return new LabTopology(nodes, nodeIps, vmid, vmName, vmMemoryBytes, guestBaselineUsedBytes, managed,
                delayInterfaces, offloadsOn, congestionControl);
    }

    public LabTopology withOffloadsOn(boolean on) {
        return new LabTopology(nodes, nodeIps, vmid, vmName, vmMemoryBytes, guestBaselineUsedBytes, haManaged,
                delayInterfaces, on, congestionControl);
    }

    public LabTopology withCongestionControl(CongestionControl cc) {
        return new LabTopology(nodes, nodeIps, vmid, vmName, vmMemoryBytes, guestBaselineUsedBytes, haManaged,
                delayInterfaces, offloadsOn, cc);
    }
}
