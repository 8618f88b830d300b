package io.migcal.harness.pve.tasklog;

import java.util.Locale;

/**
 * How a Proxmox task ended, from its {@code exitstatus} or its last log line: {@code OK},
 * {@code WARNINGS: n} (success with warnings, PVE 6.4+) or an error text.
 */
public record TaskEnd(Kind kind, String text) {

    public enum Kind { OK, WARNINGS, ERROR }

    /** From the task status's {@code exitstatus} field. */
    public static TaskEnd fromExitStatus(String exitStatus) {
        String s = exitStatus == null ? "" : exitStatus.trim();
        if (s.equals("OK")) {
            return new TaskEnd(Kind.OK, s);
        }
        if (s.toUpperCase(Locale.ROOT).startsWith("WARNINGS")) {
            return new TaskEnd(Kind.WARNINGS, s);
        }
        return new TaskEnd(Kind.ERROR, s.isEmpty() ? "task ended without an exit status" : s);
    }

    public boolean succeeded() {
        return kind != Kind.ERROR;
    }
}
