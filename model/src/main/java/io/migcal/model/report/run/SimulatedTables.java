package io.migcal.model.report.run;

import io.migcal.model.fit.Prediction;
import io.migcal.model.fit.TransferTimePredictor;
import io.migcal.model.sim.run.PaperReproduction;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The paper's Tables 3 and 5 simulated with a run's fitted model, and how many of the simulator's
 * transfer-time questions lay outside the RTT and memory range the model was fitted on (there the
 * model extrapolates, and the tables say more about the model's shape than about the lab).
 */
record SimulatedTables(List<PaperReproduction.Result> results, int runsPerRow, long queries, long outsideFitRange) {

    SimulatedTables {
        results = List.copyOf(results);
    }

    static SimulatedTables run(TransferTimePredictor model, int runsPerRow, long seed) {
        CountingPredictor counting = new CountingPredictor(model);
        List<PaperReproduction.Result> results = PaperReproduction.run(counting, runsPerRow, seed);
        return new SimulatedTables(results, runsPerRow, counting.queries.get(), counting.outside.get());
    }

    double outsideShare() {
        return queries == 0 ? 0 : (double) outsideFitRange / queries;
    }

    /**
     * Counts the simulator's questions to the model. The simulator runs in parallel threads, hence
     * the atomic counters. (To be replaced by the simulator's own per-run count once it has one.)
     */
    private static final class CountingPredictor implements TransferTimePredictor {
        private final TransferTimePredictor model;
        private final AtomicLong queries = new AtomicLong();
        private final AtomicLong outside = new AtomicLong();

        CountingPredictor(TransferTimePredictor model) {
            this.model = model;
        }

        @Override
        public Prediction predict(double guestUsedBytes, double rttMs) {
            Prediction p = model.predict(guestUsedBytes, rttMs);
            queries.incrementAndGet();
            if (p.extrapolated()) {
                outside.incrementAndGet();
            }
            return p;
        }
    }
}
