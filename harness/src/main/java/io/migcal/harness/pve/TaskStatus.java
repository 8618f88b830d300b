package io.migcal.harness.pve;

/** {@code GET /nodes/{n}/tasks/{upid}/status}; {@code exitStatus} is present only once stopped. */
public record TaskStatus(String status, String exitStatus) {

    public boolean stopped() {
        return "stopped".equals(status);
    }
}
