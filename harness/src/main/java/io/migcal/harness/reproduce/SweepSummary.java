package io.migcal.harness.reproduce;

import io.migcal.harness.sweep.SweepOutcome;
import io.migcal.model.measure.FitObservation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * What the sweep showed about the paper's two stated findings: at 6 ms the transfer time is more than
 * twice that at 0 ms (for both RAM usages), and 1.0 GiB is slower than 0.6 GiB at every RTT.
 */
record SweepSummary(SweepOutcome outcome, List<FitObservation> observations, List<Double> ramUsageBytes,
        List<Double> ramUsageGib, List<Double> rttMs) {

    String describe() {
        return String.format(Locale.ROOT, "The sweep wrote %d rows, %d of them ok.", outcome.rowsWritten(),
                outcome.okRows());
    }

    List<List<String>> ratioRows() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < ramUsageBytes.size(); i++) {
            OptionalDouble at0 = meanTime(ramUsageBytes.get(i), 0);
            OptionalDouble at6 = meanTime(ramUsageBytes.get(i), 6);
            String ratio = at0.isPresent() && at6.isPresent() ? ReproduceReport.num(at6.getAsDouble() / at0.getAsDouble()) : "n/a";
            boolean holds = at0.isPresent() && at6.isPresent() && at6.getAsDouble() > 2 * at0.getAsDouble();
            rows.add(List.of(String.format(Locale.ROOT, "%.2f", ramUsageGib.get(i)), text(at0), text(at6), ratio,
                    at0.isPresent() && at6.isPresent() ? (holds ? "holds" : "does not hold") : "not measured"));
        }
        return rows;
    }

    /** Whether the larger RAM usage took longer at every swept RTT (means over repetitions). */
    String orderingFinding() {
        if (ramUsageBytes.size() < 2) {
            return "";
        }
        List<String> violations = new ArrayList<>();
        for (double rtt : rttMs) {
            OptionalDouble small = meanTime(ramUsageBytes.get(0), rtt);
            OptionalDouble large = meanTime(ramUsageBytes.get(ramUsageBytes.size() - 1), rtt);
            if (small.isPresent() && large.isPresent() && large.getAsDouble() <= small.getAsDouble()) {
                violations.add(ReproduceReport.num(rtt) + " ms");
            }
        }
        return violations.isEmpty()
                ? "The larger RAM usage took longer than the smaller one at every swept RTT, as the paper states."
                : "The larger RAM usage was NOT slower at: " + String.join(", ", violations) + ".";
    }

    OptionalDouble meanTime(double ramUsageBytes, double rttMs) {
        return observations.stream()
                .filter(o -> Math.abs(o.rttMs() - rttMs) < 1e-9)
                .filter(o -> Math.abs(o.guestUsedBytes() - ramUsageBytes) <= 0.05 * ramUsageBytes)
                .mapToDouble(FitObservation::transferTimeS).average();
    }

    private static String text(OptionalDouble value) {
        return value.isPresent() ? ReproduceReport.num(value.getAsDouble()) : "n/a";
    }
}
