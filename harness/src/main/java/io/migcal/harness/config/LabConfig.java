package io.migcal.harness.config;

import static io.migcal.harness.config.ConfigChecks.present;

/**
 * Everything that describes one lab and one sweep, as read from the lab YAML. Secrets appear only
 * as {@link Secret} references, so this value can be written into a manifest as it is. A lab has
 * either a {@code proxmox} section or a {@code qmp} section (plain QEMU driven through QMP);
 * {@code reconnect} (optional) says how long a broken link is retried; a virtual lab adds
 * {@code lab_clock}, its compressed clock.
 */
public record LabConfig(
        ProxmoxConfig proxmox,
        SshConfig ssh,
        MigrationConfig migration,
        DelayConfig delay,
        GuestLoadConfig guestLoad,
        SweepConfig sweep,
        OutputConfig output,
        QmpConfig qmp,
        ReconnectConfig reconnect,
        LabClockConfig labClock) {

    public LabConfig {
        present(ssh, "ssh");
        present(migration, "migration");
        present(delay, "delay");
        present(guestLoad, "guest_load");
        present(sweep, "sweep");
        output = output == null ? OutputConfig.DEFAULT : output;
        reconnect = reconnect == null ? ReconnectConfig.DEFAULT : reconnect;
    }

    /** A config with the default reconnect settings. */
    public LabConfig(ProxmoxConfig proxmox, SshConfig ssh, MigrationConfig migration, DelayConfig delay,
            GuestLoadConfig guestLoad, SweepConfig sweep, OutputConfig output, QmpConfig qmp) {
        this(proxmox, ssh, migration, delay, guestLoad, sweep, output, qmp, null, null);
    }

    /** This config with other reconnect settings. */
    public LabConfig withReconnect(ReconnectConfig settings) {
        return new LabConfig(proxmox, ssh, migration, delay, guestLoad, sweep, output, qmp, settings, labClock);
    }

    /** This config with the sweep's seed fixed, as it is recorded and resumed. */
    public LabConfig withSeed(long seed) {
        return new LabConfig(proxmox, ssh, migration, delay, guestLoad, sweep.withSeed(seed), output, qmp, reconnect,
                labClock);
    }

    /** Lab seconds per wall second: 1 unless a virtual lab's {@code lab_clock} says otherwise. */
    public double timeCompression() {
        return labClock == null ? 1.0 : labClock.timeCompression();
    }
}
