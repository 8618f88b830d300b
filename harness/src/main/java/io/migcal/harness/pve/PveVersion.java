package io.migcal.harness.pve;

/** {@code GET /version}: e.g. version {@code 8.2.4}, release {@code 8.2}, repoid {@code faa83925}. */
public record PveVersion(String version, String release, String repoId) {

    /** The major version number, or 0 when the server gave none. */
    public int major() {
        String digits = version.replaceFirst("^(\\d+).*$", "$1");
        return digits.matches("\\d+") ? Integer.parseInt(digits) : 0;
    }

    @Override
    public String toString() {
        return "proxmox-ve " + version;
    }
}
