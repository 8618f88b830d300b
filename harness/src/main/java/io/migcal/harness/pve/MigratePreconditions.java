package io.migcal.harness.pve;

import java.util.List;

/**
 * {@code GET /nodes/{n}/qemu/{vmid}/migrate} (PVE 6.0+): local disks (volume ids) and local
 * resources ({@code hostpci0}, ...) that block a plain live migration, and the nodes Proxmox allows
 * (before PVE 8.4 filled only for stopped VMs).
 */
public record MigratePreconditions(boolean running, List<String> localDisks, List<String> localResources,
        List<String> allowedNodes, List<String> notAllowedNodes) {

    public MigratePreconditions {
        localDisks = List.copyOf(localDisks);
        localResources = List.copyOf(localResources);
        allowedNodes = List.copyOf(allowedNodes);
        notAllowedNodes = List.copyOf(notAllowedNodes);
    }
}
