package io.migcal.model.sim.policy;

import io.migcal.model.BadInputException;
import java.util.Arrays;

/**
 * How the paper's flows pick the server a VM goes to. Fig. 4 names no rule; Fig. 5 Step 6 takes
 * "a server whose VMs use little memory in total" (メモリ使用量の合計が少ない物理サーバ) and Step 7
 * checks the RTT to it, which can be read in either order.
 */
public enum DestinationReading {
    /** The one least loaded server of the cluster; if it is beyond the RTT threshold, nothing moves. */
    LEAST_LOADED_THEN_RTT("least-loaded-then-rtt"),
    /** The least loaded server among those within the RTT threshold that have room. */
    RTT_FILTER_THEN_LEAST_LOADED("rtt-filter-then-least-loaded"),
    /** The nearest other server (by RTT; the least loaded one of the nearest site). */
    NEAREST("nearest");

    private final String key;

    DestinationReading(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** The destination for {@code vm} leaving {@code server}, or -1; room and RTT are checked later. */
    int choose(ClusterView view, int server, int vm) {
        return switch (this) {
            case LEAST_LOADED_THEN_RTT -> view.leastLoadedExcept(server);
            case NEAREST -> nearest(view, server);
            case RTT_FILTER_THEN_LEAST_LOADED -> leastLoadedWithinThreshold(view, server, vm);
        };
    }

    private static int nearest(ClusterView view, int server) {
        int site = view.siteOf(server);
        for (int rank = 0; rank < view.siteCount(); rank++) {
            int destination = view.leastLoadedInSiteExcept(view.siteByRttRank(site, rank), server);
            if (destination >= 0) {
                return destination;
            }
        }
        return -1;
    }

    private static int leastLoadedWithinThreshold(ClusterView view, int server, int vm) {
        int site = view.siteOf(server);
        int best = -1;
        for (int rank = 0; rank < view.siteCount(); rank++) {
            int candidate = view.leastLoadedInSiteExcept(view.siteByRttRank(site, rank), server);
            if (candidate < 0 || view.rttMs(server, candidate) > view.rttThresholdMs()
                    || !view.hasRoom(candidate, vm)) {
                continue;
            }
            if (best < 0 || view.loadBytes(candidate) < view.loadBytes(best)
                    || (view.loadBytes(candidate) == view.loadBytes(best) && candidate < best)) {
                best = candidate;
            }
        }
        return best;
    }

    public static DestinationReading of(String key) {
        return Arrays.stream(values()).filter(r -> r.key.equals(key)).findFirst()
                .orElseThrow(() -> new BadInputException("unknown destination '" + key + "'; use one of "
                        + String.join(", ", Arrays.stream(values()).map(DestinationReading::key).toList())));
    }
}
