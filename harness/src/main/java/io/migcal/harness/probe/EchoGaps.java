package io.migcal.harness.probe;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a prober saw: how many echoes came back, how many were lost (null when the prober cannot
 * tell), and the longest gap between two consecutive replies in milliseconds (null with fewer than
 * two replies): the guest's downtime as the network sees it, at the prober's interval's resolution.
 */
public record EchoGaps(int replies, Integer lost, Double longestGapMs) {

    public static final String OBSERVED = "downtime_observed_ms";
    public static final String REPLIES = "downtime_probe_replies";
    public static final String LOST = "downtime_probe_lost";
    /** The record columns a prober fills, in order. */
    public static final List<String> COLUMNS = List.of(OBSERVED, REPLIES, LOST);

    /** From reply times in milliseconds on one clock, in the order they arrived. */
    public static EchoGaps of(List<Double> replyTimesMs, Integer lost) {
        Double longest = null;
        for (int i = 1; i < replyTimesMs.size(); i++) {
            double gap = replyTimesMs.get(i) - replyTimesMs.get(i - 1);
            longest = longest == null ? gap : Math.max(longest, gap);
        }
        return new EchoGaps(replyTimesMs.size(), lost, longest);
    }

    /** The record-ready values, keyed by column. */
    public Map<String, String> columns() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put(OBSERVED, longestGapMs == null ? null : String.format(Locale.ROOT, "%.1f", longestGapMs));
        out.put(REPLIES, Integer.toString(replies));
        out.put(LOST, lost == null ? null : Integer.toString(lost));
        return out;
    }
}
