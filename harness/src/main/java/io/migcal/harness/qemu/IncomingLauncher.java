package io.migcal.harness.qemu;

import java.io.IOException;

/**
 * Starts, on the target node, a QEMU with the guest's command line and {@code -incoming}, as
 * Proxmox does before each migration. The source QEMU is quit after a completed migration, so the
 * guest lives on one node at a time and the next sample can migrate it back.
 */
public interface IncomingLauncher {

    void startIncoming() throws IOException, InterruptedException;
}
