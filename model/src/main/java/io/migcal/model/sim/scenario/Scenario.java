package io.migcal.model.sim.scenario;

import io.migcal.model.sim.engine.EngineSettings;
import java.util.List;
import java.util.OptionalLong;

/**
 * A placement scenario as a user writes it: every setting the paper leaves open is explicit here.
 *
 * @param memoryThresholdFraction a server is "high load" when its VMs' RAM usage exceeds this
 *     fraction of its memory
 * @param transferModel {@code default} for the built-in predictor, else a path to
 *     {@code transfer-model.json}
 * @param seed the scenario's seed, if it names one ({@code --seed} overrides it)
 * @param admission what a VM must find free on a server to start there
 */
public record Scenario(
        String name,
        List<Site> sites,
        RttSpec rtt,
        VmSpec vms,
        List<WorkloadKind> workloads,
        ArrivalSpec arrivals,
        double memoryThresholdFraction,
        EngineSettings engine,
        String transferModel,
        int runs,
        OptionalLong seed,
        Admission admission) {

    /** "The server lacks free memory": for the VM's allocation, or only for the RAM it uses. */
    public enum Admission {
        /** A VM reserves its allocated memory (2.00 GiB in the paper). */
        ALLOCATED,
        /** A VM reserves only the RAM its workload uses. */
        RAM_USAGE
    }

    public Scenario {
        sites = List.copyOf(sites);
        workloads = List.copyOf(workloads);
    }

    /** A site at {@code position} on a line (only used when RTT follows distance). */
    public record Site(String name, double position, List<Long> serverMemoryBytes) {
        public Site {
            serverMemoryBytes = List.copyOf(serverMemoryBytes);
        }
    }

    /**
     * A kind of work: how long it runs, how much RAM a VM doing it uses, and how fast it dirties memory
     * (bytes/s; NaN = not given, the transfer model's own assumption).
     */
    public record WorkloadKind(String name, double workS, double ramBytes, double weight, double dirtyRateBytesPerS) {

        /** A kind that gives no dirty rate. */
        public WorkloadKind(String name, double workS, double ramBytes, double weight) {
            this(name, workS, ramBytes, weight, Double.NaN);
        }
    }

    /** Gaps between VM starts: constant, or exponential with this mean (the paper's future work). */
    public record ArrivalSpec(boolean exponential, double meanGapS) {
    }

    public Scenario withRuns(int newRuns) {
        return new Scenario(name, sites, rtt, vms, workloads, arrivals, memoryThresholdFraction, engine,
                transferModel, newRuns, seed, admission);
    }

    public Scenario withEngine(EngineSettings newEngine) {
        return new Scenario(name, sites, rtt, vms, workloads, arrivals, memoryThresholdFraction, newEngine,
                transferModel, runs, seed, admission);
    }

    public Scenario withAdmission(Admission newAdmission) {
        return new Scenario(name, sites, rtt, vms, workloads, arrivals, memoryThresholdFraction, engine,
                transferModel, runs, seed, newAdmission);
    }

    public int workloadIndex(String kindName) {
        for (int k = 0; k < workloads.size(); k++) {
            if (workloads.get(k).name().equals(kindName)) {
                return k;
            }
        }
        return -1;
    }

    public int siteIndex(String siteName) {
        for (int s = 0; s < sites.size(); s++) {
            if (sites.get(s).name().equals(siteName)) {
                return s;
            }
        }
        return -1;
    }
}
