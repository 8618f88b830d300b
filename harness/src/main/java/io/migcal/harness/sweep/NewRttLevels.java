package io.migcal.harness.sweep;

import io.migcal.harness.config.SweepConfig;
import io.migcal.model.BadInputException;
import io.migcal.model.csv.CsvNumbers;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The RTT levels a refinement may add: new ones only. A level already in the run (its config's or an
 * earlier refinement's) would plan samples whose ids are already taken; the message says what to run
 * instead. Levels are compared as the sample ids spell them.
 */
final class NewRttLevels {
    private NewRttLevels() {
    }

    /** The levels, ascending, once every one of them is new to the run in {@code runDir}. */
    static List<Double> check(List<Double> levels, SweepConfig sweep, List<Refinement> earlier,
            Set<String> unfinishedLevels, Path runDir) {
        if (levels.isEmpty()) {
            throw new BadInputException("no RTT level to add; give them as --rtt-ms 12,25");
        }
        Set<String> seen = new HashSet<>();
        for (double level : levels) {
            String text = CsvNumbers.format(level);
            if (!Double.isFinite(level) || level < 0) {
                throw new BadInputException("RTT level " + text + " ms: an RTT level is a number of milliseconds, 0 or more");
            }
            if (!seen.add(text)) {
                throw new BadInputException("RTT level " + text + " ms is listed twice; list each level once");
            }
            refuseKnown(text, sweep, earlier, unfinishedLevels, runDir);
        }
        return levels.stream().sorted().toList();
    }

    private static void refuseKnown(String text, SweepConfig sweep, List<Refinement> earlier,
            Set<String> unfinishedLevels, Path runDir) {
        if (formatted(sweep.rttMs()).contains(text)) {
            throw new BadInputException("RTT " + text + " ms is already in this run (its sweep.rtt_ms: "
                    + Refinement.levels(sweep.rttMs()) + "); a refinement adds new levels only (failed samples are "
                    + "measured again by 'migcal sweep --resume " + runDir + " --retry-failed')");
        }
        for (Refinement refinement : earlier) {
            if (!formatted(refinement.addedRttMs()).contains(text)) {
                continue;
            }
            if (refinement.addedRttMs().stream().map(CsvNumbers::format).anyMatch(unfinishedLevels::contains)) {
                throw new BadInputException("RTT " + text + " ms was added by the refinement of " + refinement.addedAt()
                        + ", which is not finished; continue it with 'migcal sweep --resume " + runDir + "'");
            }
            throw new BadInputException("RTT " + text + " ms was already added by the refinement of "
                    + refinement.addedAt() + " and measured; fit the run again for the levels it recommends now");
        }
    }

    private static Set<String> formatted(List<Double> levels) {
        Set<String> texts = new HashSet<>();
        levels.forEach(level -> texts.add(CsvNumbers.format(level)));
        return texts;
    }
}
