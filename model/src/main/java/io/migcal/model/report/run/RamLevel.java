package io.migcal.model.report.run;

import io.migcal.model.fit.LevelGrouping;
import io.migcal.model.measure.FitObservation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * One measured RAM usage of a sweep: the observations taken at one fill, and their mean guest memory.
 * A sweep's levels are its fills ({@code fill_bytes}) when the CSV has them, because the guest's own
 * memory drifts between samples of one fill by more than the gap a grouping by value could tell apart;
 * a hand-made CSV without fills is grouped by {@code guest_used_bytes} (5 % apart).
 */
record RamLevel(OptionalDouble fillBytes, List<FitObservation> observations) {
    static final double GIB = 1024.0 * 1024 * 1024;
    private static final double MIB = 1024.0 * 1024;

    RamLevel {
        observations = List.copyOf(observations);
    }

    double meanUsedBytes() {
        return observations.stream().mapToDouble(FitObservation::guestUsedBytes).average().orElse(0);
    }

    double meanUsedGib() {
        return meanUsedBytes() / GIB;
    }

    String label() {
        String used = String.format(Locale.ROOT, "%.2f GiB", meanUsedGib());
        return fillBytes.isPresent() ? used + String.format(Locale.ROOT, " (fill %.0f MiB)", fillBytes.getAsDouble() / MIB)
                : used;
    }

    /**
     * The levels of one data set, smallest first. {@code okRows} are the CSV's measured rows in file
     * order, the same rows the fitter turned into {@code observations}.
     */
    static List<RamLevel> of(List<FitObservation> observations, List<Map<String, String>> okRows) {
        boolean byFill = okRows.size() == observations.size()
                && okRows.stream().allMatch(row -> isNumber(row.get("fill_bytes")));
        return byFill ? byFill(observations, okRows) : byUsedMemory(observations);
    }

    private static List<RamLevel> byFill(List<FitObservation> observations, List<Map<String, String>> okRows) {
        Map<Double, List<FitObservation>> groups = new LinkedHashMap<>();
        for (int i = 0; i < observations.size(); i++) {
            double fill = Double.parseDouble(okRows.get(i).get("fill_bytes").trim());
            groups.computeIfAbsent(fill, f -> new ArrayList<>()).add(observations.get(i));
        }
        return groups.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new RamLevel(OptionalDouble.of(e.getKey()), e.getValue())).toList();
    }

    private static List<RamLevel> byUsedMemory(List<FitObservation> observations) {
        LevelGrouping grouping = LevelGrouping.of(
                observations.stream().mapToDouble(FitObservation::guestUsedBytes).toArray(), MIB);
        List<List<FitObservation>> groups = new ArrayList<>();
        for (int i = 0; i < grouping.count(); i++) {
            groups.add(new ArrayList<>());
        }
        observations.forEach(o -> groups.get(grouping.levelOf(o.guestUsedBytes())).add(o));
        return groups.stream().map(g -> new RamLevel(OptionalDouble.empty(), g)).toList();
    }

    private static boolean isNumber(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        try {
            Double.parseDouble(text.trim());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
