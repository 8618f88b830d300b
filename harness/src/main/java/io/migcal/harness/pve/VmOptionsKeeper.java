package io.migcal.harness.pve;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Remembers a VM's migration options ({@code migrate_downtime}, {@code migrate_speed}) as they were
 * before migcal first changed them, and puts them back when the lab is restored: a value the VM had
 * is set again, one it had not is deleted. Reading and writing go through the driver (API or qm).
 */
final class VmOptionsKeeper {
    static final List<String> OPTIONS = List.of("migrate_downtime", "migrate_speed");

    /** How the driver reads and writes a VM's options on the node that holds it. */
    interface Access {
        Map<String, String> read(String node, String vmId) throws IOException, InterruptedException;

        void write(String node, String vmId, Map<String, String> set, List<String> delete)
                throws IOException, InterruptedException;

        String locate(String vmId) throws IOException, InterruptedException;
    }

    private final Access access;
    private Map<String, String> originals;
    private String vmId;

    VmOptionsKeeper(Access access) {
        this.access = access;
    }

    /** Sets {@code options} on the VM, first remembering what it had. */
    synchronized void set(String node, String vmId, Map<String, String> options) throws IOException, InterruptedException {
        if (originals == null) {
            Map<String, String> config = access.read(node, vmId);
            Map<String, String> kept = new LinkedHashMap<>();
            OPTIONS.forEach(o -> kept.put(o, config.get(o)));
            originals = kept;
            this.vmId = vmId;
        }
        access.write(node, vmId, options, List.of());
    }

    /** Puts the remembered options back; false when migcal never changed them. */
    synchronized boolean restore() throws IOException, InterruptedException {
        if (originals == null) {
            return false;
        }
        Map<String, String> set = new LinkedHashMap<>();
        List<String> delete = new ArrayList<>();
        originals.forEach((option, value) -> {
            if (value == null) {
                delete.add(option);
            } else {
                set.put(option, value);
            }
        });
        access.write(access.locate(vmId), vmId, set, delete);
        originals = null;
        return true;
    }
}
