package io.migcal.model.sim.scenario;

import java.util.List;
import java.util.SplittableRandom;

/** One run's VMs: home server, allocation, RAM usage, work and dirty rate, drawn or copied from the list. */
record VmDraw(int[] homeServer, long[] allocatedBytes, double[] ramBytes, double[] workS, double[] dirtyRateBytesPerS) {

    static VmDraw of(Scenario scenario, List<List<Integer>> serversOfSite, long seed, int run) {
        int n = scenario.vms().count();
        VmDraw draw = new VmDraw(new int[n], new long[n], new double[n], new double[n], new double[n]);
        SplittableRandom kinds = RunSeeds.stream(seed, run, RunSeeds.KINDS);
        SplittableRandom homes = RunSeeds.stream(seed, run, RunSeeds.HOMES);
        double[] kindWeights = scenario.workloads().stream().mapToDouble(Scenario.WorkloadKind::weight).toArray();
        double[] siteWeights = new double[scenario.sites().size()];
        for (int vm = 0; vm < n; vm++) {
            VmSpec.Entry entry = scenario.vms() instanceof VmSpec.Generated g
                    ? generated(g, RunSeeds.weighted(kinds, kindWeights), g.homeSite() == VmSpec.HomeSite.ROUND_ROBIN
                            ? vm % siteWeights.length : RunSeeds.weighted(homes, skewed(siteWeights, g.homeSiteSkew())))
                    : ((VmSpec.Listed) scenario.vms()).entries().get(vm);
            Scenario.WorkloadKind kind = scenario.workloads().get(entry.kind());
            List<Integer> candidates = serversOfSite.get(entry.homeSite());
            draw.homeServer[vm] = entry.homeServerInSite() >= 0 ? candidates.get(entry.homeServerInSite())
                    : candidates.get(candidates.size() == 1 ? 0 : homes.nextInt(candidates.size()));
            draw.ramBytes[vm] = Double.isNaN(entry.ramBytes()) ? kind.ramBytes() : entry.ramBytes();
            draw.allocatedBytes[vm] = scenario.admission() == Scenario.Admission.RAM_USAGE
                    ? (long) Math.ceil(draw.ramBytes[vm]) : entry.allocatedBytes();
            draw.workS[vm] = kind.workS();
            draw.dirtyRateBytesPerS[vm] = kind.dirtyRateBytesPerS();
        }
        return draw;
    }

    private static VmSpec.Entry generated(VmSpec.Generated g, int kind, int site) {
        return new VmSpec.Entry(kind, site, -1, g.allocatedBytes(), Double.NaN);
    }

    private static double[] skewed(double[] weights, double skew) {
        for (int s = 0; s < weights.length; s++) {
            weights[s] = Math.pow(skew, s);
        }
        return weights;
    }
}
