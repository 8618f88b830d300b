package io.migcal.model.bench;

import io.migcal.model.fit.FamilyCatalog;
import io.migcal.model.fit.FamilyFit;
import io.migcal.model.fit.FitEntryPoints;
import io.migcal.model.fit.FitReport;
import io.migcal.model.fit.ModelComparison;
import io.migcal.model.fit.RowWiseComparison;
import io.migcal.model.measure.MeasurementData;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Fit time of the cell-wise engine against the row-wise one it replaced (test-scope
 * {@code RowWiseComparison}), on {@link BenchRows}: {@code fitCommand} is {@code migcal fit} (every
 * family, both cross-validations, auto selection), {@code perFamily} one family with its
 * cross-validations. A method named X + "Baseline" is X's baseline; {@link Bench} prints the ratio for
 * each shared parameter set. Every trial first fits 100 rows once to warm the JIT. The baselines stop
 * at 20,000 rows for migcal fit and 10,000 per family (those alone take minutes) and are timed once;
 * the cell-wise methods get one warm-up iteration and three timed ones.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
public class FitBenchmark {

    /** migcal fit's data, every size; warmed on 100 rows before the trial. */
    @State(Scope.Benchmark)
    public static class AllSizes {
        @Param({"100", "1000", "10000", "20000", "100000"})
        public int rows;
        MeasurementData data;

        @Setup(Level.Trial)
        public void setUp() {
            ModelComparison.compare(BenchRows.of(100), FamilyCatalog.AUTO);
            data = BenchRows.of(rows);
        }
    }

    /** The baseline's sizes: up to the 20,000 rows the issue measured (169 s then). */
    @State(Scope.Benchmark)
    public static class BaselineSizes {
        @Param({"100", "1000", "10000", "20000"})
        public int rows;
        MeasurementData data;

        @Setup(Level.Trial)
        public void setUp() {
            RowWiseComparison.compareAuto(BenchRows.of(100));
            data = BenchRows.of(rows);
        }
    }

    @State(Scope.Benchmark)
    public static class FamilySizes {
        @Param({"window-cap", "window-cap-smooth", "window-cap-offset", "window-cap-ls", "linear"})
        public String family;
        @Param({"100", "1000", "10000", "100000"})
        public int rows;
        MeasurementData data;

        @Setup(Level.Trial)
        public void setUp() {
            FitEntryPoints.cellWise(family, BenchRows.of(100).observations());
            data = BenchRows.of(rows);
        }
    }

    @State(Scope.Benchmark)
    public static class FamilyBaselineSizes {
        @Param({"window-cap", "window-cap-smooth", "window-cap-offset", "window-cap-ls", "linear"})
        public String family;
        @Param({"100", "1000", "10000"})
        public int rows;
        MeasurementData data;

        @Setup(Level.Trial)
        public void setUp() {
            FitEntryPoints.rowWise(family, BenchRows.of(100).observations());
            data = BenchRows.of(rows);
        }
    }

    @Benchmark
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public FitReport fitCommand(AllSizes state) {
        return ModelComparison.compare(state.data, FamilyCatalog.AUTO);
    }

    @Benchmark
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public FitReport fitCommandBaseline(BaselineSizes state) {
        return RowWiseComparison.compareAuto(state.data);
    }

    @Benchmark
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public FamilyFit perFamily(FamilySizes state) {
        return FitEntryPoints.cellWise(state.family, state.data.observations());
    }

    @Benchmark
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public FamilyFit perFamilyBaseline(FamilyBaselineSizes state) {
        return FitEntryPoints.rowWise(state.family, state.data.observations());
    }
}
