package io.migcal.harness.pve;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Proxmox preflight for one VM and one direction, through the API: version, both nodes online,
 * the VM where expected, running and unlocked (the lock read from the VM's config, where every
 * release has it), the API user's privileges (including Sys.Audit for HA-started tasks; PVE 6.0+,
 * whose {@code /access/permissions} can tell), Proxmox's own migration preconditions (PVE 6.0+) and
 * which storages are shared. Each check becomes a finding; an API error fails that check only.
 */
public final class PveReadiness {
    private static final String PRIVILEGES = "API privileges";
    private static final String NEEDED = "VM.Migrate and VM.Audit on /vms/{vm}, Sys.Audit on /nodes/{node}";

    private final PveApi api;

    public PveReadiness(PveApi api) {
        this.api = api;
    }

    /** Interrupted only when the caller is; every other problem is a failed finding. */
    public List<ReadinessFinding> check(String vmId, String source, String target) throws InterruptedException {
        List<ReadinessFinding> findings = new ArrayList<>();
        PveVersion version = run(findings, "Proxmox VE version", () -> api.version());
        if (version != null) {
            findings.add(ReadinessFinding.pass("Proxmox VE version", version.version()));
        }
        run(findings, "nodes " + source + " and " + target + " online", () -> nodesOnline(source, target));
        run(findings, "VM " + vmId + " on " + source, () -> vmOnSource(vmId, source));
        run(findings, "VM " + vmId + " running and unlocked", () -> vmRunnable(vmId, source));
        if (version != null && version.major() < 6) {
            findings.add(ReadinessFinding.notCheckable(PRIVILEGES, "not checkable on PVE < 6.0 (no /access/permissions); "
                    + "the API user needs " + NEEDED.replace("{vm}", vmId).replace("{node}", source)));
        } else {
            run(findings, PRIVILEGES, () -> privileges(vmId, source));
        }
        if (version == null || version.major() >= 6) {
            run(findings, "Proxmox migration preconditions", () -> preconditions(vmId, source, target));
        }
        run(findings, "storages on " + source, () -> storages(source));
        return findings;
    }

    private ReadinessFinding nodesOnline(String source, String target) throws IOException, InterruptedException {
        Set<String> online = new TreeSet<>();
        api.nodes().stream().filter(NodeState::online).forEach(n -> online.add(n.node()));
        String check = "nodes " + source + " and " + target + " online";
        return online.contains(source) && online.contains(target) ? ReadinessFinding.pass(check, "online: " + online)
                : ReadinessFinding.fail(check, "online are only " + online + "; bring both nodes up and quorate");
    }

    private ReadinessFinding vmOnSource(String vmId, String source) throws IOException, InterruptedException {
        String check = "VM " + vmId + " on " + source;
        return api.clusterVms().stream().filter(vm -> vm.vmId().equals(vmId) && vm.type().equals("qemu")).findFirst()
                .map(vm -> vm.node().equals(source) ? ReadinessFinding.pass(check, "status " + vm.status())
                        : ReadinessFinding.fail(check, "it is on " + vm.node() + "; migrate it to " + source + " first"))
                .orElse(ReadinessFinding.fail(check, "no such QEMU VM visible (needs VM.Audit on /vms/" + vmId + ")"));
    }

    private ReadinessFinding vmRunnable(String vmId, String source) throws IOException, InterruptedException {
        VmStatus s = api.vmStatus(source, vmId);
        String check = "VM " + vmId + " running and unlocked";
        if (!s.running()) {
            return ReadinessFinding.fail(check, "it is " + s.status() + "; start it, live migration needs a running VM");
        }
        String lock = api.vmLock(source, vmId);
        if (lock != null) {
            return ReadinessFinding.fail(check, "VM is locked (" + lock + "); if no task is running, "
                    + "'qm unlock " + vmId + "' on " + source);
        }
        return ReadinessFinding.pass(check, "qmp " + s.qmpStatus() + (s.runningQemu() == null ? "" : ", QEMU " + s.runningQemu())
                + (s.haManaged() ? ", HA-managed (followed through hamigrate)" : ""));
    }

    private ReadinessFinding privileges(String vmId, String source) throws IOException, InterruptedException {
        List<String> missing = new ArrayList<>();
        Set<String> onVm = api.privileges("/vms/" + vmId);
        for (String priv : List.of("VM.Migrate", "VM.Audit")) {
            if (!onVm.contains(priv)) {
                missing.add(priv + " on /vms/" + vmId);
            }
        }
        if (!api.privileges("/nodes/" + source).contains("Sys.Audit")) {
            missing.add("Sys.Audit on /nodes/" + source);
        }
        return missing.isEmpty() ? ReadinessFinding.pass("API privileges", "VM.Migrate, VM.Audit, Sys.Audit")
                : ReadinessFinding.fail("API privileges", "missing " + String.join(", ", missing)
                        + " (a token needs them on the token itself, too)");
    }

    private ReadinessFinding preconditions(String vmId, String source, String target) throws IOException, InterruptedException {
        MigratePreconditions p = api.migratePreconditions(source, vmId, target);
        List<String> blockers = new ArrayList<>();
        if (!p.localDisks().isEmpty()) {
            blockers.add("local disks " + p.localDisks());
        }
        if (!p.localResources().isEmpty()) {
            blockers.add("local resources " + p.localResources());
        }
        if (p.notAllowedNodes().contains(target)) {
            blockers.add("target " + target + " not allowed");
        }
        String check = "Proxmox migration preconditions";
        return blockers.isEmpty() ? ReadinessFinding.pass(check, "no local disks or resources")
                : ReadinessFinding.fail(check, String.join("; ", blockers) + "; move disks to shared storage, remove ISOs and passthrough");
    }

    private ReadinessFinding storages(String source) throws IOException, InterruptedException {
        List<String> shared = new ArrayList<>();
        List<String> local = new ArrayList<>();
        for (StorageInfo s : api.storages(source)) {
            (s.shared() ? shared : local).add(s.storage());
        }
        return ReadinessFinding.pass("storages on " + source, "shared " + shared + ", local " + local);
    }

    private <T> T run(List<ReadinessFinding> findings, String check, Call<T> call) throws InterruptedException {
        try {
            T result = call.run();
            if (result instanceof ReadinessFinding finding) {
                findings.add(finding);
            }
            return result;
        } catch (IOException e) {
            findings.add(ReadinessFinding.fail(check, e.getMessage()));
            return null;
        }
    }

    @FunctionalInterface
    private interface Call<T> {
        T run() throws IOException, InterruptedException;
    }
}
