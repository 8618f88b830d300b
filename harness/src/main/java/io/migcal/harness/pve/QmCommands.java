package io.migcal.harness.pve;

import io.migcal.model.BadInputException;

/**
 * The {@code qm}/{@code pvesh} command lines the SSH driver sends. VM ids and node names are checked
 * against Proxmox's own syntax first, because they are pasted into a remote shell command.
 */
final class QmCommands {
    private static final String NODE = "[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?";

    private QmCommands() {
    }

    static String migrate(String vmId, String target) {
        return "qm migrate " + vmId(vmId) + " " + node(target) + " --online";
    }

    static String status(String vmId) {
        return "qm status " + vmId(vmId);
    }

    static String activeMigrations(String node, String vmId) {
        return "pvesh get /nodes/" + node(node) + "/tasks --vmid " + vmId(vmId)
                + " --typefilter qmigrate --source active --output-format json";
    }

    static String stopTask(Upid upid) {
        return "pvesh delete /nodes/" + node(upid.node()) + "/tasks/" + upid.text();
    }

    private static String vmId(String vmId) {
        if (vmId == null || !vmId.matches("[1-9]\\d{2,8}")) {
            throw new BadInputException("VM id must be a Proxmox VMID (100 to 999999999), got '" + vmId + "'");
        }
        return vmId;
    }

    private static String node(String node) {
        if (node == null || !node.matches(NODE)) {
            throw new BadInputException("node name must be letters, digits and inner hyphens, got '" + node + "'");
        }
        return node;
    }
}
