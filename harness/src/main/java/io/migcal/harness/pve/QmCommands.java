package io.migcal.harness.pve;

import io.migcal.model.BadInputException;
import java.util.Map;

/**
 * The {@code qm}/{@code pvesh} command lines the SSH driver sends. VM ids and node names are checked
 * against Proxmox's own syntax first, because they are pasted into a remote shell command.
 */
final class QmCommands {
    private static final String NODE = "[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?";

    private QmCommands() {
    }

    static String migrate(String vmId, String target) {
        return migrate(vmId, target, Map.of());
    }

    /** With more options ({@code --bwlimit 102400}); the values are canonical settings, safe in a shell word. */
    static String migrate(String vmId, String target, Map<String, String> options) {
        return "qm migrate " + vmId(vmId) + " " + node(target) + " --online" + flags(options);
    }

    /** {@code qm set VMID --migrate_downtime 0.1 ...}: VM options set before a migration. */
    static String set(String vmId, Map<String, String> options) {
        return "qm set " + vmId(vmId) + flags(options);
    }

    private static String flags(Map<String, String> options) {
        StringBuilder flags = new StringBuilder();
        options.forEach((name, value) -> {
            if (!name.matches("[a-z_]+") || !value.matches("[A-Za-z0-9.:/_,-]+")) {
                throw new BadInputException("not a qm option: --" + name + " " + value);
            }
            flags.append(" --").append(name).append(' ').append(value);
        });
        return flags.toString();
    }

    static String config(String vmId) {
        return "qm config " + vmId(vmId);
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
