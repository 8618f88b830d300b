package io.migcal.harness.guest;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The progress meter's record: one fixed unit of work per line, {@code START_NS END_NS} on the
 * guest's clock. The guest's slowdown during a migration is the median time of the units that ran
 * inside it over the median of the units just before it ({@value #BASELINE_UNITS} at most): 1 means
 * the guest did not notice the migration, 2 that its work took twice as long.
 */
public record GuestProgress(List<WorkUnit> units) {
    static final int BASELINE_UNITS = 30;
    static final int MIN_UNITS = 3;

    /** One timed unit of work, on the guest's clock. */
    public record WorkUnit(long startNs, long endNs) {
        double millis() {
            return (endNs - startNs) / 1e6;
        }
    }

    public GuestProgress {
        units = List.copyOf(units);
    }

    /** Parses the meter's file; lines that are not two numbers (a line cut off by the stop) are skipped. */
    public static GuestProgress parse(String text) {
        List<WorkUnit> units = new ArrayList<>();
        for (String line : text.split("\n")) {
            String[] parts = line.strip().split("\\s+");
            if (parts.length == 2 && parts[0].matches("\\d+") && parts[1].matches("\\d+")) {
                units.add(new WorkUnit(Long.parseLong(parts[0]), Long.parseLong(parts[1])));
            }
        }
        return new GuestProgress(units);
    }

    /** The baseline and in-migration figures, or empty when either side has fewer than {@value #MIN_UNITS} units. */
    public record Slowdown(double ratio, double baselineUnitMs, int unitsDuring) {
    }

    /** The slowdown over the guest-clock window {@code [fromNs, toNs]} (the migration), against the units before it. */
    public java.util.Optional<Slowdown> slowdown(long fromNs, long toNs) {
        return slowdown(fromNs, fromNs, toNs);
    }

    /**
     * The slowdown over {@code [fromNs, toNs]} against the units that ended by {@code baselineEndNs}
     * (the migrate call: the copy's window may start later, and what lies between is not the baseline).
     */
    public java.util.Optional<Slowdown> slowdown(long baselineEndNs, long fromNs, long toNs) {
        List<WorkUnit> before = units.stream().filter(u -> u.endNs() <= baselineEndNs).toList();
        before = before.subList(Math.max(0, before.size() - BASELINE_UNITS), before.size());
        List<WorkUnit> during = units.stream().filter(u -> u.startNs() >= fromNs && u.endNs() <= toNs).toList();
        if (before.size() < MIN_UNITS || during.size() < MIN_UNITS) {
            return java.util.Optional.empty();
        }
        double baseline = median(before).orElseThrow();
        return java.util.Optional.of(new Slowdown(median(during).orElseThrow() / baseline, baseline, during.size()));
    }

    private static OptionalDouble median(List<WorkUnit> units) {
        double[] ms = units.stream().mapToDouble(WorkUnit::millis).sorted().toArray();
        if (ms.length == 0) {
            return OptionalDouble.empty();
        }
        int mid = ms.length / 2;
        return OptionalDouble.of(ms.length % 2 == 1 ? ms[mid] : (ms[mid - 1] + ms[mid]) / 2);
    }
}
