package io.migcal.model.sim.scenario;

import io.migcal.model.sim.engine.Instance;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Draws one run's concrete {@link Instance} from a scenario, a seed and the run's index. */
public final class InstanceFactory {
    private InstanceFactory() {
    }

    public static Instance create(Scenario scenario, long seed, int run) {
        List<Integer> serverSite = new ArrayList<>();
        List<Long> capacity = new ArrayList<>();
        List<List<Integer>> serversOfSite = new ArrayList<>();
        for (int s = 0; s < scenario.sites().size(); s++) {
            List<Integer> ofSite = new ArrayList<>();
            for (long bytes : scenario.sites().get(s).serverMemoryBytes()) {
                ofSite.add(serverSite.size());
                serverSite.add(s);
                capacity.add(bytes);
            }
            serversOfSite.add(ofSite);
        }
        int servers = serverSite.size();
        double[] threshold = new double[servers];
        long[] capacityBytes = new long[servers];
        int[] site = new int[servers];
        for (int i = 0; i < servers; i++) {
            capacityBytes[i] = capacity.get(i);
            threshold[i] = scenario.memoryThresholdFraction() * capacityBytes[i];
            site[i] = serverSite.get(i);
        }
        VmDraw vms = VmDraw.of(scenario, serversOfSite, seed, run);
        return new Instance(scenario.sites().size(),
                RttMatrix.of(scenario, RunSeeds.stream(seed, run, RunSeeds.RTT)), site, capacityBytes,
                threshold, vms.homeServer(), vms.allocatedBytes(), vms.ramBytes(), vms.workS(),
                gaps(scenario, RunSeeds.stream(seed, run, RunSeeds.GAPS)), vms.dirtyRateBytesPerS());
    }

    /** The first VM arrives at time 0; the others after constant or exponential gaps. */
    private static double[] gaps(Scenario scenario, SplittableRandom random) {
        double[] gaps = new double[scenario.vms().count()];
        Scenario.ArrivalSpec arrivals = scenario.arrivals();
        for (int vm = 1; vm < gaps.length; vm++) {
            gaps[vm] = arrivals.exponential()
                    ? -arrivals.meanGapS() * Math.log(1 - random.nextDouble())
                    : arrivals.meanGapS();
        }
        return gaps;
    }
}
