package io.migcal.harness.sweep;

import java.util.List;

/**
 * Whether a run's grid is complete: every planned sample has a latest row that is ok or flagged.
 * {@code failed} ended failed or timed out (re-measure them with {@code --retry-failed});
 * {@code notRun} have no row yet or only an interrupted one (a plain {@code --resume} runs them).
 */
public record GridStatus(int planned, List<String> failed, List<String> notRun) {

    public GridStatus {
        failed = List.copyOf(failed);
        notRun = List.copyOf(notRun);
    }

    public boolean complete() {
        return failed.isEmpty() && notRun.isEmpty();
    }
}
