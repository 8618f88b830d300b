package io.migcal.harness.migrate;

import java.io.IOException;

/**
 * Where a VM runs and how to live-migrate it. Real ones: the Proxmox VE REST API, {@code qm} over
 * SSH, and QMP on plain QEMU. A failed migration is an outcome, not an exception: exceptions are
 * for when the hypervisor cannot be reached at all.
 */
public interface Hypervisor {

    /** Name and version, e.g. {@code proxmox-ve 8.2.4} or {@code qemu 7.2.22}; recorded in the manifest. */
    String describe() throws IOException, InterruptedException;

    /** The node the VM runs on now. */
    String locate(String vmId) throws IOException, InterruptedException;

    /**
     * Refuses, before a sweep starts, migration settings this hypervisor (its version, its login)
     * cannot take: a {@code BadInputException} with one line saying which and what to do instead.
     */
    default void refuseUnsupported(java.util.Set<io.migcal.harness.config.MigrationSetting> settings)
            throws IOException, InterruptedException {
    }

    /**
     * Puts back what the migration settings changed on the lab beyond one migration (Proxmox: the VM
     * options {@code migrate_downtime}/{@code migrate_speed}); true when there was something to restore.
     */
    default boolean restoreSettings() throws IOException, InterruptedException {
        return false;
    }

    /** Migrates and follows the migration to its end or to the request's timeout. */
    MigrationOutcome migrate(MigrationRequest request) throws IOException, InterruptedException;
}
