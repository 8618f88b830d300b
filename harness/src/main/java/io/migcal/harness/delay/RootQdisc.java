package io.migcal.harness.delay;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The root qdisc of one interface as {@code tc -s qdisc show dev IF} reports it. {@code delayMs} is 0
 * when the qdisc is not netem or netem has no delay (tc then omits it); {@code limitPackets} is null
 * unless the qdisc is netem.
 */
public record RootQdisc(String kind, double delayMs, Integer limitPackets, long sentBytes, long sentPackets,
        long droppedPackets) {

    private static final Pattern HEAD = Pattern.compile("^qdisc\\s+(\\S+)\\s+\\S+\\s+root\\b(.*)$");
    private static final Pattern DELAY = Pattern.compile("\\bdelay\\s+([0-9.]+)(s|ms|us|ns)\\b");
    private static final Pattern LIMIT = Pattern.compile("\\blimit\\s+(\\d+)\\b");
    private static final Pattern SENT = Pattern.compile(
            "Sent\\s+(\\d+)\\s+bytes\\s+(\\d+)\\s+pkt\\s+\\(dropped\\s+(\\d+)");

    public boolean isNetem() {
        return "netem".equals(kind);
    }

    /** Parses the root qdisc (and its counters) out of the output, ignoring other qdiscs. */
    public static RootQdisc parse(String tcOutput) {
        String[] lines = tcOutput.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            Matcher head = HEAD.matcher(lines[i].strip());
            if (head.find()) {
                return fromHead(head.group(1), head.group(2), countersAfter(lines, i));
            }
        }
        throw new IllegalArgumentException("no root qdisc in tc output: " + tcOutput.strip().replace('\n', ' '));
    }

    private static Matcher countersAfter(String[] lines, int headIndex) {
        for (int i = headIndex + 1; i < lines.length && !lines[i].startsWith("qdisc"); i++) {
            Matcher sent = SENT.matcher(lines[i]);
            if (sent.find()) {
                return sent;
            }
        }
        return null;
    }

    private static RootQdisc fromHead(String kind, String options, Matcher sent) {
        boolean netem = "netem".equals(kind);
        Matcher delay = DELAY.matcher(options);
        Matcher limit = LIMIT.matcher(options);
        double delayMs = netem && delay.find() ? toMs(Double.parseDouble(delay.group(1)), delay.group(2)) : 0.0;
        Integer limitPackets = netem && limit.find() ? Integer.valueOf(limit.group(1)) : null;
        long bytes = sent == null ? 0 : Long.parseLong(sent.group(1));
        long packets = sent == null ? 0 : Long.parseLong(sent.group(2));
        long dropped = sent == null ? 0 : Long.parseLong(sent.group(3));
        return new RootQdisc(kind, delayMs, limitPackets, bytes, packets, dropped);
    }

    private static double toMs(double value, String unit) {
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "s" -> value * 1000.0;
            case "us" -> value / 1000.0;
            case "ns" -> value / 1_000_000.0;
            default -> value;
        };
    }
}
