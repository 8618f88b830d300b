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
        CongestionControl congestionControl, int defaultQueueLimitPackets) {

    private static final long MIB = 1024L * 1024;

    public LabTopology {
        nodes = List.copyOf(nodes);
        nodeIps = List.copyOf(nodeIps);
        delayInterfaces = List.copyOf(delayInterfaces);
        if (defaultQueueLimitPackets <= 0) {
            throw new IllegalArgumentException("the delay box's default queue limit must be > 0 packets");
        }
        if (nodes.size() < 2 || nodes.size() != nodeIps.size() || delayInterfaces.size() != nodes.size()) {
            throw new IllegalArgumentException("a lab needs two or more nodes, one IP and one delay-box interface each");
        }
    }

    /**
     * The paper's testbed: two nodes, a 2 GiB VM, a delay appliance with offloads off, CUBIC senders, and
     * a queue of 100 packets when {@code tc} is not given a {@code limit} (the kernel's netem would use 1000).
     */
    public static LabTopology paperTestbed() {
        return new LabTopology(List.of("pve1", "pve2"), List.of("10.10.0.11", "10.10.0.12"), 100, "migcal-guest",
                2048 * MIB, 256 * MIB, false, List.of("eth1", "eth2"), false, CongestionControl.CUBIC, 100);
    }

    public LabTopology withHaManaged(boolean managed) {
        return new LabTopology(nodes, nodeIps, vmid, vmName, vmMemoryBytes, guestBaselineUsedBytes, managed,
                delayInterfaces, offloadsOn, congestionControl, defaultQueueLimitPackets);
    }

    public LabTopology withOffloadsOn(boolean on) {
        return new LabTopology(nodes, nodeIps, vmid, vmName, vmMemoryBytes, guestBaselineUsedBytes, haManaged,
                delayInterfaces, on, congestionControl, defaultQueueLimitPackets);
    }

    public LabTopology withDefaultQueueLimitPackets(int limit) {
        return new LabTopology(nodes, nodeIps, vmid, vmName, vmMemoryBytes, guestBaselineUsedBytes, haManaged,
                delayInterfaces, offloadsOn, congestionControl, limit);
    }

    public LabTopology withCongestionControl(CongestionControl cc) {
        return new LabTopology(nodes, nodeIps, vmid, vmName, vmMemoryBytes, guestBaselineUsedBytes, haManaged,
                delayInterfaces, offloadsOn, cc, defaultQueueLimitPackets);
    }
}
