package io.migcal.harness.sweep.connect;

import io.migcal.harness.lab.LabDescriptor;
import io.migcal.harness.lab.LabSshAccess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** A lab config pointing at a running virtual lab, as a user of it would write one. */
public final class VirtualLabYaml {
    private VirtualLabYaml() {
    }

    /** {@code sweepSection} is the YAML under {@code sweep:}, indented two spaces. */
    public static Path write(LabDescriptor lab, Path dir, String sweepSection) throws Exception {
        return write(lab, dir, sweepSection, "");
    }

    /** The same, with more keys under {@code guest_load:} ({@code guestLoadExtra}, indented two spaces). */
    public static Path write(LabDescriptor lab, Path dir, String sweepSection, String guestLoadExtra) throws Exception {
        StringBuilder yaml = new StringBuilder();
        yaml.append("proxmox:\n  endpoints: [").append(lab.apiBaseUrl()).append("]\n").append("  auth:\n");
        if (lab.apiTokenId() != null) {
            String[] token = lab.apiTokenId().split("!", 2);
            yaml.append("    token: { user: ").append(token[0]).append(", token_id: ").append(token[1])
                    .append(", secret: 'file:").append(lab.apiTokenSecretFile()).append("' }\n");
        } else {   // releases before tokens (5.x): a ticket
            yaml.append("    ticket: { user: ").append(lab.apiUser()).append(", password: 'file:")
                    .append(lab.apiPasswordFile()).append("' }\n");
        }
        yaml
                .append("  tls: { fingerprint_sha256: '").append(lab.tlsFingerprintSha256()).append("' }\n")
                .append("  poll_interval_ms: 200\n");
        LabSshAccess any = lab.endpoint(lab.nodes().get(0));
        yaml.append("ssh:\n  defaults: { key_file: '").append(any.privateKeyFile()).append("', known_hosts: '")
                .append(any.knownHostsFile()).append("' }\n  targets:\n");
        for (LabSshAccess e : lab.ssh().values()) {
            yaml.append(String.format(Locale.ROOT, "    %s: { host: %s, port: %d, user: %s }%n", e.name(), e.host(),
                    e.port(), e.user()));
        }
        String a = lab.nodes().get(0);
        String b = lab.nodes().get(1);
        yaml.append("migration:\n  vm_id: \"").append(lab.vmid()).append("\"\n")
                .append("  node_a: { name: ").append(a).append(", ssh: ").append(a).append(", address: ")
                .append(lab.nodeIps().get(a)).append(" }\n")
                .append("  node_b: { name: ").append(b).append(", ssh: ").append(b).append(", address: ")
                .append(lab.nodeIps().get(b)).append(" }\n")
                .append("delay:\n  ssh: ").append(lab.delayBoxEndpoint()).append("\n  interfaces: [")
                .append(String.join(", ", lab.delayInterfaces())).append("]\n  link_rate_mbit: 1000\n")
                .append("guest_load:\n  method: stress-ng\n  ssh: ").append(lab.guestEndpoint()).append('\n')
                .append(guestLoadExtra)
                .append("sweep:\n").append(sweepSection)
                .append("output:\n  results_dir: '").append(dir.resolve("results")).append("'\n");
        return Files.writeString(dir.resolve("lab.yaml"), yaml.toString());
    }
}
