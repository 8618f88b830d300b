package io.migcal.harness.lab.pve;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The Proxmox VE release the virtual lab emulates, with the traits that differ between releases
 * (docs/proxmox-versions.md): task-log line format, API tokens, where API errors carry their text,
 * which API calls exist and where the VM's lock shows.
 */
public enum EmulatedRelease {
    /** The paper's release: old log lines with raw byte counts, tickets only, errors in the reason phrase. */
    V5_1("5.1", "5.1", "35", "722cc488", "4.13.4-1-pve", false, false, false),
    /** The default: human-readable log lines, API tokens, errors in the reason phrase only. */
    V8_2("8.2", "8.2.4", "", "faa83925c9641325", "6.8.8-2-pve", true, true, false),
    /** As 8.2, plus errors in a JSON {@code message} (pve-http-server 2025-01) and the "migration completed" line. */
    V8_4("8.4", "8.4.1", "", "2a5fa54a8503f96d", "6.8.12-9-pve", true, true, true);

    private final String label;
    private final String managerVersion;
    private final String release;
    private final String repoId;
    private final String kernel;
    private final boolean humanReadableLog;
    private final boolean apiTokens;
    private final boolean errorMessageInBody;

    EmulatedRelease(String label, String managerVersion, String release, String repoId, String kernel,
            boolean humanReadableLog, boolean apiTokens, boolean errorMessageInBody) {
        this.label = label;
        this.managerVersion = managerVersion;
        this.release = release;
        this.repoId = repoId;
        this.kernel = kernel;
        this.humanReadableLog = humanReadableLog;
        this.apiTokens = apiTokens;
        this.errorMessageInBody = errorMessageInBody;
    }

    /** Parses {@code 8.2}, {@code 8.4} or {@code 5.1}; anything else is refused naming the choices. */
    public static EmulatedRelease parse(String text) {
        return Arrays.stream(values()).filter(v -> v.label.equals(text.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown Proxmox VE version '" + text
                        + "'; choose one of " + Arrays.stream(values()).map(v -> v.label).collect(Collectors.joining(", "))));
    }

    public String label() {
        return label;
    }

    /** What {@code pveversion} prints. */
    public String pveversionLine() {
        String version = release.isEmpty() ? managerVersion : managerVersion + "-" + release;
        return "pve-manager/" + version + "/" + repoId + " (running kernel: " + kernel + ")";
    }

    /** The {@code data} of {@code GET /version}: 5.x reports version and release apart. */
    public String apiVersion() {
        return release.isEmpty() ? managerVersion : label;
    }

    public String apiRelease() {
        return release.isEmpty() ? label : release;
    }

    public String repoId() {
        return repoId;
    }

    /** qemu-server 5.0-50 (Proxmox VE 5.4, April 2019) added {@code bwlimit} to migrate and {@code qm migrate}. */
    public boolean hasMigrateBwlimit() {
        String[] parts = label.split("\\.");
        int major = Integer.parseInt(parts[0]);
        return major > 5 || major == 5 && Integer.parseInt(parts[1]) >= 4;
    }

    public boolean humanReadableLog() {
        return humanReadableLog;
    }

    public boolean apiTokens() {
        return apiTokens;
    }

    public boolean errorMessageInBody() {
        return errorMessageInBody;
    }

    /** {@code GET /access/permissions} came with PVE 6.0; pveproxy answers 501 before. */
    public boolean permissionsApi() {
        return major() >= 6;
    }

    /** {@code GET .../qemu/{vmid}/migrate} (the preconditions) came with PVE 6.0 (qemu-server 6.0-2). */
    public boolean migratePreconditionsApi() {
        return major() >= 6;
    }

    /** 5.x's {@code status/current} carries no {@code lock}: the VM's config ({@code .../config}) does, on every release. */
    public boolean lockInStatus() {
        return major() >= 6;
    }

    private int major() {
        return Integer.parseInt(label.substring(0, label.indexOf('.')));
    }

    /** qemu-server >= 8.3.9 logs "migration completed, transferred X VM-state". */
    public boolean logsCompletedTransfer() {
        return errorMessageInBody;
    }
}
