package io.migcal.harness.lab.shell;

import io.migcal.harness.lab.LabTopology;
import io.migcal.harness.lab.state.DelayBox;
import io.migcal.harness.lab.state.LabState;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code ping -c N [-i S] [-q] [-W S] IP} from one node: the RTT to the other node is the base RTT
 * plus the netem delay on both delay-box interfaces, with a little jitter; an offline or unknown
 * address loses every packet (exit 1). It takes (N-1) x interval of lab time, as ping does.
 */
public final class PingCommand implements ShellCommand {
    private static final double JITTER_MS = 0.02;
    private static final double LOCAL_RTT_MS = 0.03;
    private final LabState state;
    private final int nodeIndex;
    private final AtomicLong runs;

    public PingCommand(LabState state, int nodeIndex) {
        this.state = state;
        this.nodeIndex = nodeIndex;
        this.runs = new AtomicLong(state.settings().seed() * 31 + nodeIndex);
    }

    @Override
    public int run(List<String> words, String line, ShellIo io) throws Exception {
        int count = Integer.parseInt(option(words, "-c", "4"));
        double intervalS = Double.parseDouble(option(words, "-i", "1"));
        String ip = words.get(words.size() - 1);
        double rttMs = rttToMs(ip);
        state.clock().sleepMillis((long) (Math.max(0, count - 1) * intervalS * 1000 + (Double.isNaN(rttMs) ? 2000 : rttMs)));
        long elapsedMs = (long) (Math.max(0, count - 1) * intervalS * 1000);
        io.out("PING " + ip + " (" + ip + ") 56(84) bytes of data.\n\n--- " + ip + " ping statistics ---\n");
        if (Double.isNaN(rttMs)) {
            io.out(String.format(Locale.ROOT, "%d packets transmitted, 0 received, 100%% packet loss, time %dms\n\n",
                    count, elapsedMs));
            return 1;
        }
        SplittableRandom random = new SplittableRandom(runs.incrementAndGet());
        double min = Double.MAX_VALUE;
        double max = 0;
        double sum = 0;
        double sumSquares = 0;
        for (int i = 0; i < count; i++) {
            double sample = rttMs + Math.abs(random.nextGaussian()) * JITTER_MS;
            min = Math.min(min, sample);
            max = Math.max(max, sample);
            sum += sample;
            sumSquares += sample * sample;
        }
        double avg = sum / count;
        double mdev = Math.sqrt(Math.max(0, sumSquares / count - avg * avg));
        io.out(String.format(Locale.ROOT, "%d packets transmitted, %d received, 0%% packet loss, time %dms\n"
                + "rtt min/avg/max/mdev = %.3f/%.3f/%.3f/%.3f ms\n", count, count, elapsedMs, min, avg, max, mdev));
        return 0;
    }

    private static String option(List<String> words, String name, String fallback) {
        int i = words.indexOf(name);
        return i >= 0 && i + 1 < words.size() ? words.get(i + 1) : fallback;
    }

    /** NaN when the address does not answer. */
    private double rttToMs(String ip) {
        LabTopology topology = state.settings().topology();
        if (ip.equals("127.0.0.1") || ip.equals(topology.nodeIps().get(nodeIndex))) {
            return LOCAL_RTT_MS;
        }
        int other = topology.nodeIps().indexOf(ip);
        if (other < 0 || state.faults().nodeOffline(topology.nodes().get(other))) {
            return Double.NaN;
        }
        double added = state.withDelayBox(box -> delayMs(box, nodeIndex) + delayMs(box, other));
        return state.settings().truth().baseRttMs() + added;
    }

    private static double delayMs(DelayBox box, int index) {
        DelayBox.Netem netem = box.netem(box.interfaces().get(index));
        return netem == null ? 0 : netem.delayMs();
    }
}
