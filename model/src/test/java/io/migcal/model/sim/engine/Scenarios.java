package io.migcal.model.sim.engine;

import io.migcal.model.fit.TransferTimePredictor;
import io.migcal.model.sim.BuiltInTransferModel;
import io.migcal.model.sim.policy.Policies;
import io.migcal.model.sim.scenario.InstanceFactory;
import io.migcal.model.sim.scenario.Scenario;
import io.migcal.model.sim.scenario.ScenarioReader;

/** Runs a YAML scenario once under a named policy with observers attached. */
final class Scenarios {
    private Scenarios() {
    }

    static Scenario read(String yaml) {
        return ScenarioReader.read(yaml, "test");
    }

    static RunResult run(Scenario scenario, String policy, long seed, SimulationObserver... observers) {
        return run(scenario, policy, new BuiltInTransferModel(), seed, observers);
    }

    static RunResult run(Scenario scenario, String policy, TransferTimePredictor predictor, long seed,
            SimulationObserver... observers) {
        Instance instance = InstanceFactory.create(scenario, seed, 0);
        InvariantObserver invariants = new InvariantObserver(instance, scenario.engine().sourceFreed());
        RunResult result = new Simulation(instance, scenario.engine(), Policies.byName(policy),
                predictor, new Fanout(invariants, observers)).run();
        invariants.assertComplete();
        return result;
    }

    /** Passes each event to every observer. */
    private record Fanout(SimulationObserver first, SimulationObserver[] rest) implements SimulationObserver {
        @Override
        public void arrived(double atS, int vm, int server) {
            first.arrived(atS, vm, server);
            for (SimulationObserver o : rest) {
                o.arrived(atS, vm, server);
            }
        }

        @Override
        public void started(double atS, int vm, int server) {
            first.started(atS, vm, server);
            for (SimulationObserver o : rest) {
                o.started(atS, vm, server);
            }
        }

        @Override
        public void finished(double atS, int vm, int server) {
            first.finished(atS, vm, server);
            for (SimulationObserver o : rest) {
                o.finished(atS, vm, server);
            }
        }

        @Override
        public void migrationStarted(double atS, int vm, int from, int to, double transferS) {
            first.migrationStarted(atS, vm, from, to, transferS);
            for (SimulationObserver o : rest) {
                o.migrationStarted(atS, vm, from, to, transferS);
            }
        }

        @Override
        public void migrationEnded(double atS, int vm, int from, int to) {
            first.migrationEnded(atS, vm, from, to);
            for (SimulationObserver o : rest) {
                o.migrationEnded(atS, vm, from, to);
            }
        }

        @Override
        public void migrationAborted(double atS, int vm, int from, int to) {
            first.migrationAborted(atS, vm, from, to);
            for (SimulationObserver o : rest) {
                o.migrationAborted(atS, vm, from, to);
            }
        }
    }
}
