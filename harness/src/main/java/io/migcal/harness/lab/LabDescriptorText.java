package io.migcal.harness.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The lines {@code migcal lab serve} prints about a running lab: where everything is, no secrets. */
public final class LabDescriptorText {
    private LabDescriptorText() {
    }

    public static List<String> lines(LabDescriptor lab) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "virtual lab: Proxmox VE %s emulated, time %.0fx compressed, seed %d",
                lab.pveVersion(), lab.timeCompression(), lab.seed()));
        lines.add("API          " + lab.apiBaseUrl());
        lines.add("TLS sha256   " + lab.tlsFingerprintSha256() + " (CA " + lab.tlsCaPemFile() + ")");
        if (lab.apiTokenId() != null) {
            lines.add("API token    " + lab.apiTokenId() + " secret file:" + lab.apiTokenSecretFile());
        }
        lines.add("API login    " + lab.apiUser() + " password file:" + lab.apiPasswordFile());
        for (LabSshAccess e : lab.ssh().values().stream().sorted(java.util.Comparator.comparing(LabSshAccess::port)).toList()) {
            lines.add(String.format(Locale.ROOT, "SSH %-8s ssh -i %s -o UserKnownHostsFile=%s -p %d %s@%s",
                    e.name(), e.privateKeyFile(), e.knownHostsFile(), e.port(), e.user(), e.host()));
        }
        lines.add("VM " + lab.vmid() + " on nodes " + String.join(", ", lab.nodes()) + "; delay box interfaces "
                + String.join(", ", lab.delayInterfaces()));
        return lines;
    }
}
