package io.migcal.model.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.migcal.model.sim.engine.EngineSettings.SourceFreed;

/**
 * Rebuilds each server's allocated memory from the events alone, independently of the engine,
 * and checks at every instant that no server is over capacity, time never goes back, every VM
 * starts once after it arrived and finishes exactly once.
 */
public final class InvariantObserver implements SimulationObserver {
    private final Instance instance;
    private final SourceFreed sourceFreed;
    private final long[] allocated;
    private final double[] arrivedAtS;
    private final int[] starts;
    private final int[] finishes;
    private final boolean[] migrating;
    private double lastS = Double.NEGATIVE_INFINITY;

    public InvariantObserver(Instance instance, SourceFreed sourceFreed) {
        this.instance = instance;
        this.sourceFreed = sourceFreed;
        allocated = new long[instance.serverCount()];
        arrivedAtS = new double[instance.vmCount()];
        starts = new int[instance.vmCount()];
        finishes = new int[instance.vmCount()];
        migrating = new boolean[instance.vmCount()];
    }

    private void at(double s) {
        assertThat(s).as("simulated time never goes back").isGreaterThanOrEqualTo(lastS);
        lastS = s;
    }

    private void change(int server, int vm, int sign) {
        allocated[server] += sign * instance.vmAllocatedBytes(vm);
        assertThat(allocated[server]).as("server %d allocation", server)
                .isBetween(0L, instance.serverCapacityBytes(server));
    }

    @Override
    public void arrived(double atS, int vm, int server) {
        at(atS);
        arrivedAtS[vm] = atS;
    }

    @Override
    public void started(double atS, int vm, int server) {
        at(atS);
        assertThat(atS).as("no negative waiting").isGreaterThanOrEqualTo(arrivedAtS[vm]);
        starts[vm]++;
        change(server, vm, +1);
    }

    @Override
    public void finished(double atS, int vm, int server) {
        at(atS);
        finishes[vm]++;
        if (!(migrating[vm] && sourceFreed == SourceFreed.AT_START)) {
            change(server, vm, -1);
        }
        migrating[vm] = false;
    }

    @Override
    public void migrationStarted(double atS, int vm, int fromServer, int toServer, double transferS) {
        at(atS);
        migrating[vm] = true;
        change(toServer, vm, +1);
        if (sourceFreed == SourceFreed.AT_START) {
            change(fromServer, vm, -1);
        }
    }

    @Override
    public void migrationEnded(double atS, int vm, int fromServer, int toServer) {
        at(atS);
        migrating[vm] = false;
        if (sourceFreed == SourceFreed.AT_END) {
            change(fromServer, vm, -1);
        }
    }

    @Override
    public void migrationAborted(double atS, int vm, int fromServer, int toServer) {
        at(atS);
        change(toServer, vm, -1);
    }

    /** After the run: every VM started once and finished once; nothing is left allocated. */
    public void assertComplete() {
        for (int vm = 0; vm < instance.vmCount(); vm++) {
            assertThat(starts[vm]).as("starts of vm %d", vm).isEqualTo(1);
            assertThat(finishes[vm]).as("finishes of vm %d", vm).isEqualTo(1);
        }
        assertThat(allocated).containsOnly(0L);
    }
}
