package io.migcal.harness.delay;

import io.migcal.harness.ssh.CommandResult;
import io.migcal.harness.ssh.RemoteShell;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Linux netem on a delay box, driven with {@code tc} over SSH. {@link #apply} replaces the root qdisc
 * of every configured interface and then reads it back: a setting the kernel did not take fails the
 * sample instead of silently measuring the wrong delay.
 */
public final class NetemDelayController implements DelayController {
    private final RemoteShell box;
    private final NetemConfig config;

    public NetemDelayController(RemoteShell box, NetemConfig config) {
        this.box = box;
        this.config = config;
    }

    @Override
    public void apply(DelaySetting setting) throws IOException, InterruptedException {
        List<Double> delaysMs = config.split().oneWayDelaysMs(setting.rttMs(), config.interfaces().size());
        List<Integer> limits = new ArrayList<>();
        for (int i = 0; i < delaysMs.size(); i++) {
            int limit = setting.queueLimitPackets() != null
                    ? setting.queueLimitPackets() : config.sizing().packetsFor(delaysMs.get(i));
            limits.add(limit);
            runOrFail(NetemCommands.replace(config.interfaces().get(i), delaysMs.get(i), limit));
        }
        verify(delaysMs, limits);
    }

    private void verify(List<Double> delaysMs, List<Integer> limits) throws IOException, InterruptedException {
        for (int i = 0; i < delaysMs.size(); i++) {
            String iface = config.interfaces().get(i);
            RootQdisc qdisc = show(iface);
            double wantMs = delaysMs.get(i);
            // tc prints 3 significant digits ("12.3ms"), so allow that rounding and no more
            boolean delayOk = Math.abs(qdisc.delayMs() - wantMs) <= Math.max(0.001, wantMs * 0.006);
            if (!qdisc.isNetem() || !delayOk || !limits.get(i).equals(qdisc.limitPackets())) {
                throw new DelayVerificationException("delay box " + box.describe() + ": " + iface + " reads back "
                        + qdisc.kind() + " delay " + NetemCommands.millis(qdisc.delayMs()) + "ms limit "
                        + qdisc.limitPackets() + " after setting netem delay " + NetemCommands.millis(wantMs)
                        + "ms limit " + limits.get(i) + "; something else manages this qdisc, or tc ignored an option");
            }
        }
    }

    @Override
    public DelayState readBack() throws IOException, InterruptedException {
        double rttMs = 0;
        long dropped = 0;
        Integer smallestLimit = null;
        StringBuilder raw = new StringBuilder();
        Map<String, String> settings = new LinkedHashMap<>();
        for (int i = 0; i < config.interfaces().size(); i++) {
            String iface = config.interfaces().get(i);
            String text = runOrFail(NetemCommands.show(iface)).stdout();
            RootQdisc qdisc = parse(text);
            raw.append(text);
            rttMs += qdisc.delayMs();
            dropped += qdisc.droppedPackets();
            if (qdisc.limitPackets() != null && (smallestLimit == null || qdisc.limitPackets() < smallestLimit)) {
                smallestLimit = qdisc.limitPackets();
            }
            settings.putAll(QdiscColumns.of("delay_if" + i, iface, qdisc));
        }
        return new DelayState(rttMs, smallestLimit, dropped, raw.toString(), settings);
    }

    @Override
    public String clearByHand() {
        return "on the delay box " + box.describe() + " run: " + config.interfaces().stream().map(NetemCommands::delete)
                .collect(java.util.stream.Collectors.joining("; "));
    }

    /** Tries every interface even when one fails, then reports the first failure. */
    @Override
    public void clear() throws IOException, InterruptedException {
        IOException first = null;
        for (String iface : config.interfaces()) {
            try {
                CommandResult result = box.run(NetemCommands.delete(iface), config.commandTimeout());
                if (!result.succeeded() && !nothingWasSet(result)) {
                    throw failure(NetemCommands.delete(iface), result);
                }
            } catch (IOException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private static boolean nothingWasSet(CommandResult result) {
        return result.stderr().contains("Cannot delete qdisc with handle of zero")
                || result.stderr().contains("No such file or directory");
    }

    private RootQdisc show(String iface) throws IOException, InterruptedException {
        return parse(runOrFail(NetemCommands.show(iface)).stdout());
    }

    private RootQdisc parse(String tcOutput) throws DelayVerificationException {
        try {
            return RootQdisc.parse(tcOutput);
        } catch (IllegalArgumentException e) {
            throw new DelayVerificationException("delay box " + box.describe() + ": " + e.getMessage());
        }
    }

    private CommandResult runOrFail(String command) throws IOException, InterruptedException {
        CommandResult result = box.run(command, config.commandTimeout());
        if (!result.succeeded()) {
            throw failure(command, result);
        }
        return result;
    }

    private DelayVerificationException failure(String command, CommandResult result) {
        String why = result.stderr().isBlank() ? result.stdout() : result.stderr();
        String hint = why.contains("qdisc kind is unknown") ? "; load netem with `modprobe sch_netem`" : "";
        return new DelayVerificationException("delay box " + box.describe() + ": `" + command + "` failed (exit "
                + result.exitCode() + "): " + why.strip().replace('\n', ' ') + hint);
    }
}
