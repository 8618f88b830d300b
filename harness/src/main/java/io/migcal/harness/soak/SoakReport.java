package io.migcal.harness.soak;

import io.migcal.harness.sweep.SweepOutcome;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** The soak's outcome and its Markdown rendering; it passes when nothing was lost or duplicated and the lab is clean. */
record SoakReport(SoakSettings settings, SoakTally tally, Map<FaultKind, Integer> injected,
        Map<SweepOutcome.Ending, Integer> sweepEndings, int harnessErrors, boolean labRestored, double wallS,
        Path runDir) {

    boolean passed() {
        return tally.duplicated() == 0 && tally.lost() == 0 && labRestored;
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "Fault soak: seed %d, time compression %.0fx, a fault every %.1f wall s on"
                + " average, %.0f wall s in all.%n%n", settings.seed(), settings.timeCompression(),
                settings.meanFaultGapMillis() / 1000.0, wallS));
        md.append("| samples | count |\n| --- | ---: |\n");
        row(md, "planned", tally.planned());
        row(md, "ok exactly once", tally.okExactlyOnce());
        row(md, "flagged exactly once (RTT off)", tally.flagged());
        row(md, "failed exactly once (migration failed or timed out)", tally.failed());
        row(md, "repeated (an earlier attempt interrupted or disturbed)", tally.repeated());
        row(md, "rows written (every attempt)", tally.rows());
        row(md, "duplicated (finished more than once)", tally.duplicated());
        row(md, "lost (never finished)", tally.lost());
        md.append("\n| fault injected | count |\n| --- | ---: |\n");
        injected.forEach((kind, n) -> row(md, kind.label(), n));
        md.append("\n| sweep ended | count |\n| --- | ---: |\n");
        sweepEndings.forEach((ending, n) -> row(md, ending.name().toLowerCase(Locale.ROOT).replace('_', ' '), n));
        if (harnessErrors > 0) {
            row(md, "harness error (resumed)", harnessErrors);
        }
        md.append(String.format(Locale.ROOT, "%nLab restored at the end (no delay, no load, no task running): %s.%n",
                labRestored ? "yes" : "NO"));
        md.append("Verdict: ").append(passed() ? "PASS" : "FAIL").append(" (0 lost, 0 duplicated, lab restored).\n");
        return md.toString();
    }

    private static void row(StringBuilder md, String what, int count) {
        md.append("| ").append(what).append(" | ").append(count).append(" |\n");
    }
}
