package io.migcal.model.plot;

import io.migcal.model.fit.LevelGrouping;
import io.migcal.model.measure.FitObservation;
import java.util.ArrayList;
import java.util.List;

/** Splits observations into memory levels (the fills of a sweep), each with its mean guest memory. */
record MemoryLevels(List<List<FitObservation>> levels) {
    private static final double MIB = 1 << 20;

    static MemoryLevels of(List<FitObservation> observations) {
        LevelGrouping grouping = LevelGrouping.of(
                observations.stream().mapToDouble(FitObservation::guestUsedBytes).toArray(), MIB);
        List<List<FitObservation>> levels = new ArrayList<>();
        for (int i = 0; i < grouping.count(); i++) {
            levels.add(new ArrayList<>());
        }
        for (FitObservation o : observations) {
            levels.get(grouping.levelOf(o.guestUsedBytes())).add(o);
        }
        return new MemoryLevels(levels);
    }

    static double meanBytes(List<FitObservation> level) {
        return level.stream().mapToDouble(FitObservation::guestUsedBytes).average().orElse(0);
    }
}
