package io.migcal.model.sim.scenario;

import java.util.List;

/** The VMs, in launch order: generated at random, or listed one by one. */
public sealed interface VmSpec {

    int count();

    /**
     * {@code count} VMs; each draws its workload kind by the kinds' weights and its home site with
     * probability proportional to {@code homeSiteSkew^siteIndex} (1 = uniform; below 1 the first
     * sites get more VMs), or, with {@link HomeSite#ROUND_ROBIN}, site {@code i mod sites} for the
     * i-th VM (the skew is then unused).
     */
    record Generated(int count, long allocatedBytes, double homeSiteSkew, HomeSite homeSite) implements VmSpec {
    }

    /** How generated VMs get their home site. */
    enum HomeSite {
        /** Drawn at random with probability proportional to {@code homeSiteSkew^siteIndex}. */
        RANDOM,
        /** The sites in turn, in launch order ("VMs start on the server of each site"). */
        ROUND_ROBIN
    }

    /** Listed VMs; a server index of -1 means "a server of the home site drawn at random". */
    record Listed(List<Entry> entries) implements VmSpec {
        public Listed {
            entries = List.copyOf(entries);
        }

        @Override
        public int count() {
            return entries.size();
        }
    }

    /** One listed VM; {@code ramBytes} NaN means "the workload kind's RAM usage". */
    record Entry(int kind, int homeSite, int homeServerInSite, long allocatedBytes, double ramBytes) {
    }
}
