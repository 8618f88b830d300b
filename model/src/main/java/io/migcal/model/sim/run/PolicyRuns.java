package io.migcal.model.sim.run;

import io.migcal.model.sim.engine.RunResult;
import java.util.List;

/** All runs of one policy on one scenario, in run order, and their summaries. */
public record PolicyRuns(String policy, List<RunResult> runs) {
    public PolicyRuns {
        runs = List.copyOf(runs);
    }

    public double[] values(Metric metric) {
        return runs.stream().mapToDouble(metric::of).toArray();
    }

    public Summary summary(Metric metric) {
        return Summary.of(values(metric));
    }

    /** Run-by-run differences this minus {@code baseline}, on the same random streams. */
    public Summary pairedDifference(PolicyRuns baseline, Metric metric) {
        double[] mine = values(metric);
        double[] theirs = baseline.values(metric);
        double[] diff = new double[mine.length];
        for (int i = 0; i < diff.length; i++) {
            diff[i] = mine[i] - theirs[i];
        }
        return Summary.of(diff);
    }
}
