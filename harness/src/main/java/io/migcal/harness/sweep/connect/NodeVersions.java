package io.migcal.harness.sweep.connect;

import io.migcal.harness.ssh.CommandResult;
import io.migcal.harness.ssh.RemoteShell;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The versions a Proxmox node reports with {@code pveversion -v} that shape a migration: QEMU
 * ({@code pve-qemu-kvm}), qemu-server and the running kernel, for the manifest. A node that does
 * not answer (no Proxmox, an older format) yields nothing rather than a failed run.
 */
final class NodeVersions {
    private static final Pattern RUNNING_KERNEL = Pattern.compile("running kernel: (\\S+?)\\)?\\s*$", Pattern.MULTILINE);
    private static final Map<String, Pattern> PACKAGES = Map.of(
            "qemu", Pattern.compile("(?m)^pve-qemu-kvm: (\\S+)"),
            "qemu_server", Pattern.compile("(?m)^qemu-server: (\\S+)"));

    private NodeVersions() {
    }

    static Map<String, String> read(RemoteShell node, String prefix) throws IOException, InterruptedException {
        CommandResult result = node.run("pveversion -v", Duration.ofSeconds(15));
        Map<String, String> versions = new LinkedHashMap<>();
        if (!result.succeeded()) {
            return versions;
        }
        for (String name : new String[] {"qemu", "qemu_server"}) {
            Matcher m = PACKAGES.get(name).matcher(result.stdout());
            if (m.find()) {
                versions.put(prefix + "_" + name, m.group(1));
            }
        }
        Matcher kernel = RUNNING_KERNEL.matcher(result.stdout());
        if (kernel.find()) {
            versions.put(prefix + "_kernel", kernel.group(1));
        }
        return versions;
    }
}
