package io.migcal.harness.sweep.connect;

import io.migcal.harness.config.DelayConfig;
import io.migcal.harness.delay.CommandTemplateDelayController;
import io.migcal.harness.delay.DelayController;
import io.migcal.harness.delay.DelaySplit;
import io.migcal.harness.delay.DelayTemplates;
import io.migcal.harness.delay.NetemConfig;
import io.migcal.harness.delay.NetemDelayController;
import io.migcal.harness.delay.QueueLimitSizing;
import io.migcal.harness.ssh.RemoteShell;
import java.time.Duration;
import java.util.regex.Pattern;

/** The delay controller the config's delay section asks for. */
final class DelayControllers {
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(15);

    private DelayControllers() {
    }

    static DelayController of(DelayConfig delay, RemoteShell box) {
        QueueLimitSizing sizing = new QueueLimitSizing(Math.round(delay.linkRateMbit() == null ? 1e9
                : delay.linkRateMbit() * 1e6), QueueLimitSizing.ONE_GBIT.packetBytes(),
                QueueLimitSizing.ONE_GBIT.safetyFactor(), QueueLimitSizing.ONE_GBIT.floorPackets());
        if (delay.kind() == DelayConfig.Kind.COMMAND_TEMPLATE) {
            String show = delay.commands().get("show");
            DelayTemplates templates = new DelayTemplates(delay.commands().get("set"), show,
                    show == null ? null : Pattern.compile(delay.commands().get("show_pattern")), delay.commands().get("clear"));
            return new CommandTemplateDelayController(box, templates, sizing, COMMAND_TIMEOUT);
        }
        DelaySplit split = delay.split() == DelayConfig.Split.ONE_SIDE ? DelaySplit.ALL_ON_FIRST : DelaySplit.EVEN;
        return new NetemDelayController(box, new NetemConfig(delay.interfaces(), split, sizing, COMMAND_TIMEOUT));
    }
}
