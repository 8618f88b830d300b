package io.migcal.model.sim.run;

import io.migcal.model.sim.engine.RunResult;
import java.util.function.ToDoubleFunction;

/** The per-run metrics that are aggregated, with the units they are reported in. */
public enum Metric {
    PROCESSING_TIME_MIN("processing_time_min", r -> r.processingTimeS() / 60),
    WAITING_TIME_MIN("waiting_time_min", r -> r.waitingTimeS() / 60),
    MIGRATIONS("migrations", RunResult::migrations),
    ABORTED_MIGRATIONS("aborted_migrations", RunResult::abortedMigrations),
    IMMEDIATE_RETURNS("immediate_returns", RunResult::immediateReturns),
    TRANSFER_TIME_S("transfer_time_s", RunResult::transferTimeS),
    MEAN_SLOWDOWN("mean_slowdown", RunResult::meanSlowdown),
    MAX_SLOWDOWN("max_slowdown", RunResult::maxSlowdown),
    EXTRAPOLATED_QUERY_SHARE("extrapolated_query_share", r -> r.queries().extrapolatedShare());

    private final String key;
    private final ToDoubleFunction<RunResult> value;

    Metric(String key, ToDoubleFunction<RunResult> value) {
        this.key = key;
        this.value = value;
    }

    public String key() {
        return key;
    }

    public double of(RunResult result) {
        return value.applyAsDouble(result);
    }
}
