package io.migcal.model.sim.policy;

/**
 * Ours: act when a server is over the RAM threshold or a VM is waiting at it for memory, and move
 * the (VM, destination) pair with the least predicted transfer time, among pairs where the VM still
 * has more work left than the transfer takes, the destination (the least loaded server of each site
 * within the RTT threshold) has room, and stays at or under its own threshold after the move, so no
 * new overload is made. The transfer time comes from the fitted model, so a 1 GiB VM at 6 ms may
 * lose to a 0.5 GiB VM at 10 ms.
 */
public final class LeastTransferPolicy implements MigrationPolicy {
    @Override
    public String name() {
        return "least-transfer";
    }

    @Override
    public Move decide(ClusterView view, int server, Trigger trigger) {
        if (!view.isHighLoad(server) && view.waitingHead(server) < 0) {
            return null;
        }
        int site = view.siteOf(server);
        Move best = null;
        double bestS = Double.POSITIVE_INFINITY;
        for (int rank = 0; rank < view.siteCount(); rank++) {
            int destination = view.leastLoadedInSiteExcept(view.siteByRttRank(site, rank), server);
            if (destination < 0 || view.rttMs(server, destination) > view.rttThresholdMs()) {
                continue;
            }
            for (int vm = view.firstVm(server); vm >= 0; vm = view.nextVm(vm)) {
                if (!fits(view, vm, destination)) {
                    continue;
                }
                double transferS = view.predictTransferS(vm, destination);
                if (transferS < bestS && transferS < view.remainingWorkS(vm)) {
                    bestS = transferS;
                    best = new Move(vm, destination);
                }
            }
        }
        return best;
    }

    private static boolean fits(ClusterView view, int vm, int destination) {
        return !view.isMigrating(vm) && view.hasRoom(destination, vm)
                && view.loadBytes(destination) + view.ramBytes(vm) <= view.thresholdBytes(destination);
    }
}
