package io.migcal.model.fit;

import java.util.List;
import java.util.Locale;

/** The readable summary {@code migcal fit} prints: every family side by side, then the chosen one's parameters. */
public final class SummaryTable {
    private static final String ROW = "%-19s %5s %9s %8s %9s %17s %17s%n";

    private SummaryTable() {
    }

    public static String render(FitReport report) {
        StringBuilder out = new StringBuilder();
        out.append(format("fitted %d observations from %s (%d rows skipped, RTT from %s)%n",
                report.data().observations().size(), report.data().sourceName(), report.data().skippedRows(),
                report.data().rttColumn()));
        out.append(format(ROW, "family", "k", "RMSE s", "MAPE %", "AICc", "CV random %/s", "CV by RTT %/s"));
        for (FamilyFit fit : report.families()) {
            String name = (fit == report.chosen() ? "* " : "  ") + fit.family().name();
            if (fit.identifiable()) {
                FitStatistics s = fit.statistics();
                out.append(format(ROW, name, fit.model().parameters().freeCount(), number(s.rmseS(), 4),
                        number(s.mapePct(), 2), s.aicc() == null ? "-" : number(s.aicc(), 1), cv(fit.randomCv()),
                        cv(fit.groupedCv())));
            } else {
                out.append(format("%-19s not identifiable: %s%n", name, fit.notIdentifiableReason()));
            }
        }
        for (FamilyFit fit : report.families()) {
            if (fit.groupedCv().interiorOnly()) {
                int folds = fit.groupedCv().folds();
                out.append(format("  %s only interpolates: its CV by RTT is over the %d interior RTT level%s alone%n",
                        fit.family().name(), folds, folds == 1 ? "" : "s"));
            }
            if (fit.identifiable() && !fit.groupedCv().available()) {
                out.append(format("  %s has no leave-one-RTT-level-out result: %s%n", fit.family().name(),
                        fit.groupedCv().unavailableReason()));
            }
        }
        out.append(format("%nchosen: %s, %s%n  %s%n", report.chosen().family().name(),
                report.chosen().family().formula(), report.selectionReason()));
        appendParameters(out, report.chosen().model());
        appendNoise(out, report.noise());
        return out.toString();
    }

    private static void appendNoise(StringBuilder out, NoiseVerdict verdict) {
        MeasurementNoise noise = verdict.noise();
        if (!noise.known()) {
            out.append(format("%nnoise: unknown (no repeated RTT x memory cell); measure 2 or more repetitions%n"));
            return;
        }
        out.append(format("%nnoise: %s %% relative sd from repetitions (%d degrees of freedom)%n",
                number(noise.relativeSdPct(), 2), noise.degreesOfFreedom()));
        if (verdict.withinNoise() == null) {
            out.append(format("  held-out error not judged: needs 3 RTT levels the chosen family can be fitted without%n"));
            return;
        }
        for (NoiseVerdict.LevelError level : verdict.levels()) {
            out.append(format("  RTT %8s ms left out: %7s %% %s%n", number(level.rttMs(), 2), number(level.mapePct(), 2),
                    level.withinNoise() ? "within noise" : "NOT within noise"));
        }
        out.append(format("  held-out MAPE %s %% vs noise limit %s %% (%s x sd): %s%n", number(verdict.heldOutMapePct(), 2),
                number(NoiseVerdict.NOISE_MULTIPLE * noise.relativeSdPct(), 2), number(NoiseVerdict.NOISE_MULTIPLE, 0),
                verdict.withinNoise() ? "within noise" : "NOT within noise: the model does not describe this network"
                        + " between its RTT levels"));
        if (!verdict.nextRttMs().isEmpty()) {
            out.append(format("  measure next: %s%n", verdict.sweepLine()));
        }
    }

    private static void appendParameters(StringBuilder out, FittedModel model) {
        List<ParameterSpec> specs = model.family().parameters();
        for (int i = 0; i < specs.size(); i++) {
            double value = model.parameters().values()[i];
            if (model.parameters().free()[i]) {
                double half = model.confidenceHalfWidth(i);
                out.append(format("  %-26s %12s  95%% CI [%s, %s]%n", specs.get(i).name(), number(value, 6),
                        number(value - half, 6), number(value + half, 6)));
            } else {
                out.append(format("  %-26s %12s  (never binding in the data; treated as unlimited)%n",
                        specs.get(i).name(), "unbounded"));
            }
        }
    }

    private static String cv(CvResult cv) {
        return cv.available() ? number(cv.mapePct(), 2) + " / " + number(cv.rmseS(), 4) : "n/a";
    }

    private static String number(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
