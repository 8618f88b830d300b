package io.migcal.harness.config;

import static io.migcal.harness.config.ConfigChecks.present;

/**
 * Everything that describes one lab and one sweep, as read from the lab YAML. Secrets appear only
 * as {@link Secret} references, so this value can be written into a manifest as it is. A lab has
 * either a {@code proxmox} section or a {@code qmp} section (plain QEMU driven through QMP);
 * {@code reconnect} (optional) says how long a broken link is retried; a virtual lab adds
 * {@code lab_clock}, its compressed clock; {@code downtime_probe} (optional) watches the guest from
 * outside during each migration.
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
        LabClockConfig labClock,
        DowntimeProbeConfig downtimeProbe) {

    public LabConfig {
        present(ssh, "ssh");
        present(migration, "migration");
        present(delay, "delay");
        present(guestLoad, "guest_load");
        present(sweep, "sweep");
        output = output == null ? OutputConfig.DEFAULT : output;
        reconnect = reconnect == null ? ReconnectConfig.DEFAULT : reconnect;
        checkSettingAxes(sweep.settingAxes(), qmp);
    }

    /** Settings a lab's kind of hypervisor lacks, or given both fixed and as an axis, are refused. */
    private static void checkSettingAxes(SettingAxes axes, QmpConfig qmp) {
        axes.requireFamily(qmp != null ? MigrationSetting.Family.QMP : MigrationSetting.Family.PROXMOX,
                qmp != null ? "QMP (section qmp)" : "Proxmox VE (section proxmox)");
        if (qmp != null && (qmp.maxBandwidthBytesPerS() != null && axes.settings().contains(
                MigrationSetting.MAX_BANDWIDTH_BYTES_PER_S) || qmp.downtimeLimitMs() != null
                && axes.settings().contains(MigrationSetting.DOWNTIME_LIMIT_MS))) {
            throw new io.migcal.model.BadInputException("a QMP tunable is set both in 'qmp' and as an axis in "
                    + "sweep.migration_settings; keep one (the axis varies it, qmp fixes it)");
        }
    }

    /** A config without a downtime prober. */
    public LabConfig(ProxmoxConfig proxmox, SshConfig ssh, MigrationConfig migration, DelayConfig delay,
            GuestLoadConfig guestLoad, SweepConfig sweep, OutputConfig output, QmpConfig qmp, ReconnectConfig reconnect,
            LabClockConfig labClock) {
        this(proxmox, ssh, migration, delay, guestLoad, sweep, output, qmp, reconnect, labClock, null);
    }

    /** A config with the default reconnect settings. */
    public LabConfig(ProxmoxConfig proxmox, SshConfig ssh, MigrationConfig migration, DelayConfig delay,
            GuestLoadConfig guestLoad, SweepConfig sweep, OutputConfig output, QmpConfig qmp) {
        this(proxmox, ssh, migration, delay, guestLoad, sweep, output, qmp, null, null);
    }

    /** This config with other reconnect settings. */
    public LabConfig withReconnect(ReconnectConfig settings) {
        return new LabConfig(proxmox, ssh, migration, delay, guestLoad, sweep, output, qmp, settings, labClock,
                downtimeProbe);
    }

    /** This config with the sweep's seed fixed, as it is recorded and resumed. */
    public LabConfig withSeed(long seed) {
        return new LabConfig(proxmox, ssh, migration, delay, guestLoad, sweep.withSeed(seed), output, qmp, reconnect,
                labClock, downtimeProbe);
    }

    /** Lab seconds per wall second: 1 unless a virtual lab's {@code lab_clock} says otherwise. */
    public double timeCompression() {
        return labClock == null ? 1.0 : labClock.timeCompression();
    }
}
