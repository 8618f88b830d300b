package io.migcal.model.sim.policy;

/**
 * The paper's first flow (Fig. 4): when a server's RAM load exceeds the threshold, take its VM
 * using the least RAM and migrate it to "the destination server" if the RTT does not exceed the
 * threshold. The flow names no rule for the destination; ours is the nearest other server (the
 * least loaded one of the nearest site that has another server), which with one server per site,
 * as in the paper, is the nearest site.
 */
public final class Paper2018Policy implements MigrationPolicy {
    @Override
    public String name() {
        return "paper-2018";
    }

    @Override
    public Move decide(ClusterView view, int server, Trigger trigger) {
        if (trigger != Trigger.VM_STARTED || !view.isHighLoad(server)) {
            return null;
        }
        int site = view.siteOf(server);
        for (int rank = 0; rank < view.siteCount(); rank++) {
            int destination = view.leastLoadedInSiteExcept(view.siteByRttRank(site, rank), server);
            if (destination >= 0) {
                return SmallestVm.ifAllowed(view, server, SmallestVm.on(view, server), destination);
            }
        }
        return null;
    }
}
