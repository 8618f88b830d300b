package io.migcal.harness.pve;

/**
 * {@code GET /nodes/{n}/qemu/{vmid}/status/current}: running or stopped, QEMU's own run state,
 * the config lock ({@code migrate}, {@code backup}, ... or null) and whether HA manages the VM.
 */
public record VmStatus(String vmId, String status, String qmpStatus, String lock, boolean haManaged,
        String runningQemu) {

    public boolean running() {
        return "running".equals(status);
    }

    public boolean locked() {
        return lock != null && !lock.isEmpty();
    }
}
