package io.migcal.harness.delay;

import io.migcal.harness.ssh.CommandResult;
import io.migcal.harness.ssh.RemoteShell;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * A delay appliance with a command line (a WAN emulator, a router with its own shell), driven through
 * {@link DelayTemplates}. The RTT is applied symmetrically ({@code {one_way_ms}} = RTT / 2); when a show
 * template is given, every apply is read back and checked as netem's is.
 */
public final class CommandTemplateDelayController implements DelayController {
    private final RemoteShell appliance;
    private final DelayTemplates templates;
    private final QueueLimitSizing sizing;
    private final Duration commandTimeout;

    public CommandTemplateDelayController(RemoteShell appliance, DelayTemplates templates, QueueLimitSizing sizing,
            Duration commandTimeout) {
        this.appliance = appliance;
        this.templates = templates;
        this.sizing = sizing;
        this.commandTimeout = commandTimeout;
    }

    @Override
    public void apply(DelaySetting setting) throws IOException, InterruptedException {
        double oneWayMs = setting.rttMs() / 2;
        int limit = setting.queueLimitPackets() != null ? setting.queueLimitPackets() : sizing.packetsFor(oneWayMs);
        runOrFail(templates.applyCommand(setting.rttMs(), oneWayMs, limit));
        if (!templates.verifiable()) {
            return;
        }
        DelayState state = readBack();
        boolean rttOk = Math.abs(state.appliedRttMs() - setting.rttMs()) <= Math.max(0.002, setting.rttMs() * 0.006);
        boolean limitOk = state.queueLimitPackets() == null || state.queueLimitPackets() == limit;
        if (!rttOk || !limitOk) {
            throw new DelayVerificationException("delay appliance " + appliance.describe() + " reads back RTT "
                    + NetemCommands.millis(state.appliedRttMs()) + " ms limit " + state.queueLimitPackets()
                    + " after setting RTT " + NetemCommands.millis(setting.rttMs()) + " ms limit " + limit);
        }
    }

    @Override
    public DelayState readBack() throws IOException, InterruptedException {
        if (!templates.verifiable()) {
            return new DelayState(Double.NaN, null, 0, "", Map.of());
        }
        String text = runOrFail(templates.show()).stdout();
        Matcher m = templates.showPattern().matcher(text);
        if (!m.find()) {
            throw new DelayVerificationException("delay appliance " + appliance.describe() + ": `" + templates.show()
                    + "` printed nothing the show pattern matches: " + text.strip().replace('\n', ' '));
        }
        String rtt = group(m, "rttMs");
        double rttMs = rtt != null ? Double.parseDouble(rtt) : 2 * Double.parseDouble(group(m, "oneWayMs"));
        String limit = group(m, "limitPackets");
        String dropped = group(m, "droppedPackets");
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("delay_appliance_rtt_ms", NetemCommands.millis(rttMs));
        settings.put("delay_appliance_limit_packets", limit == null ? "" : limit);
        settings.put("delay_appliance_dropped_packets", dropped == null ? "" : dropped);
        return new DelayState(rttMs, limit == null ? null : Integer.valueOf(limit),
                dropped == null ? 0 : Long.parseLong(dropped), text, settings);
    }

    @Override
    public String clearByHand() {
        return "on the delay appliance " + appliance.describe() + " run: " + templates.clear();
    }

    @Override
    public void clear() throws IOException, InterruptedException {
        runOrFail(templates.clear());
    }

    private static String group(Matcher m, String name) {
        return m.pattern().pattern().contains("(?<" + name + ">") ? m.group(name) : null;
    }

    private CommandResult runOrFail(String command) throws IOException, InterruptedException {
        CommandResult result = appliance.run(command, commandTimeout);
        if (!result.succeeded()) {
            throw new DelayVerificationException("delay appliance " + appliance.describe() + ": `" + command
                    + "` failed (exit " + result.exitCode() + "): "
                    + (result.stderr() + result.stdout()).strip().replace('\n', ' '));
        }
        return result;
    }
}
