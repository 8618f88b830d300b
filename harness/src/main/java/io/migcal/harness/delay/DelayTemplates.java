package io.migcal.harness.delay;

import io.migcal.model.BadInputException;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How to drive a delay appliance through its CLI. {@code apply} may use {@code {rtt_ms}},
 * {@code {one_way_ms}} and {@code {limit_packets}}; {@code show} (optional) prints the state, which
 * {@code showPattern} reads through named groups {@code rttMs} or {@code oneWayMs}, and optionally
 * {@code limitPackets} and {@code droppedPackets}. {@code clear} must succeed when nothing is set.
 */
public record DelayTemplates(String apply, String show, Pattern showPattern, String clear) {
    private static final List<String> PLACEHOLDERS = List.of("{rtt_ms}", "{one_way_ms}", "{limit_packets}");

    public DelayTemplates {
        Objects.requireNonNull(apply, "apply");
        Objects.requireNonNull(clear, "clear");
        if (PLACEHOLDERS.stream().noneMatch(apply::contains)) {
            throw new BadInputException("delay appliance: the apply template '" + apply + "' uses none of " + PLACEHOLDERS
                    + "; put the delay into the command with one of them");
        }
        if ((show == null) != (showPattern == null)) {
            throw new BadInputException("delay appliance: give both a show command and the pattern that reads it, or neither");
        }
        if (showPattern != null && !showPattern.pattern().contains("(?<rttMs>")
                && !showPattern.pattern().contains("(?<oneWayMs>")) {
            throw new BadInputException("delay appliance: the show pattern needs a named group (?<rttMs>...) or (?<oneWayMs>...)");
        }
    }

    boolean verifiable() {
        return show != null;
    }

    String applyCommand(double rttMs, double oneWayMs, int limitPackets) {
        return apply.replace("{rtt_ms}", NetemCommands.millis(rttMs))
                .replace("{one_way_ms}", NetemCommands.millis(oneWayMs))
                .replace("{limit_packets}", Integer.toString(limitPackets));
    }
}
