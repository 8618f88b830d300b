package io.migcal.harness.delay;

import io.migcal.harness.ssh.RemoteShell;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the delay box does to the path besides the delay: its interfaces' offloads (with TSO/GSO/GRO on,
 * netem queues 64 KiB super-packets and its limit hardly binds) and its netem queue and drop counters,
 * as trailing CSV columns ({@code delay_if0_tso}, {@code delay_if0_limit_packets_before}, ...).
 */
public final class PathFacts {
    private static final Map<String, String> OFFLOADS = Map.of("tcp-segmentation-offload", "tso",
            "generic-segmentation-offload", "gso", "generic-receive-offload", "gro");
    private static final Pattern FEATURE = Pattern.compile("(?m)^\\s*([a-z-]+):\\s+(on|off)\\b");
    private final RemoteShell delayBox;
    private final List<String> interfaces;

    public PathFacts(RemoteShell delayBox, List<String> interfaces) {
        this.delayBox = delayBox;
        this.interfaces = List.copyOf(interfaces);
    }

    /** {@code delay_ifN_tso|gso|gro} = on/off for each interface ({@code [fixed]} dropped). */
    public Map<String, String> offloads() throws IOException, InterruptedException {
        Map<String, String> columns = new LinkedHashMap<>();
        for (int i = 0; i < interfaces.size(); i++) {
            String text = delayBox.run("ethtool -k " + interfaces.get(i), Duration.ofSeconds(10)).stdout();
            columns.putAll(parseOffloads(text, "delay_if" + i));
        }
        return columns;
    }

    static Map<String, String> parseOffloads(String ethtoolOutput, String prefix) {
        Map<String, String> found = new LinkedHashMap<>();
        Matcher feature = FEATURE.matcher(ethtoolOutput);
        while (feature.find()) {
            found.put(feature.group(1), feature.group(2));
        }
        Map<String, String> columns = new LinkedHashMap<>();
        for (String name : List.of("tcp-segmentation-offload", "generic-segmentation-offload", "generic-receive-offload")) {
            columns.put(prefix + "_" + OFFLOADS.get(name), found.getOrDefault(name, ""));
        }
        return columns;
    }

    /**
     * The delay element's state as columns suffixed with {@code phase} ({@code before}, {@code after}):
     * each interface's qdisc, delay, limit, sent and dropped packets, plus the total drops and RTT.
     */
    public static Map<String, String> netemColumns(DelayState state, String phase) {
        Map<String, String> columns = new LinkedHashMap<>();
        state.settings().forEach((key, value) -> columns.put(key + "_" + phase, value));
        columns.put("delay_dropped_packets_" + phase, Long.toString(state.droppedPackets()));
        columns.put("delay_applied_rtt_ms_" + phase, String.format(Locale.ROOT, "%.3f", state.appliedRttMs()));
        return columns;
    }
}
