package io.migcal.harness.pve;

/** One storage of {@code GET /nodes/{n}/storage}: disks on a shared one need no copying. */
public record StorageInfo(String storage, String type, boolean shared, boolean active) {
}
