package io.migcal.model.sim.policy;

/**
 * Ours: act when a server is over the RAM threshold or a VM is waiting at it for memory, and move
 * the (VM, destination) pair with the least predicted transfer time, among pairs where the VM still
 * has more work left than the transfer takes, the destination (the least loaded server of each site
 * within the RTT threshold) has room, and stays at or under its own threshold after the move, so no
 * new overload is made. The transfer time comes from the fitted model, so a 1 GiB VM at 6 ms may
 * lose to a 0.5 GiB VM at 10 ms. Each ingredient can be switched off ({@link Ingredients}) to see
 * what it is worth.
 */
public final class LeastTransferPolicy implements MigrationPolicy {
    /**
     * The parts of the policy, each of which an ablation switches off in turn.
     *
     * @param actOnWait also act when a VM waits for memory at a server that is not over its threshold
     * @param workCheck only move a VM with more work left than its transfer takes
     * @param overloadCheck only to a destination that stays at or under its threshold
     * @param modelChoice pick the pair with the least predicted transfer time (off: the smallest VM
     *     to the least loaded eligible destination, as the paper's Step 5 would)
     */
    public record Ingredients(boolean actOnWait, boolean workCheck, boolean overloadCheck, boolean modelChoice) {
        public static final Ingredients ALL = new Ingredients(true, true, true, true);
    }

    private final String name;
    private final TriggerReading trigger;
    private final Ingredients with;

    public LeastTransferPolicy() {
        this("least-transfer", TriggerReading.CHANGED_SERVER, Ingredients.ALL);
    }

    public LeastTransferPolicy(String name, TriggerReading trigger, Ingredients with) {
        this.name = name;
        this.trigger = trigger;
        this.with = with;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public TriggerReading trigger() {
        return trigger;
    }

    @Override
    public Move decide(ClusterView view, int server, Trigger event) {
        boolean waiting = with.actOnWait() && view.waitingHead(server) >= 0;
        if (!view.isHighLoad(server) && !waiting) {
            return null;
        }
        int site = view.siteOf(server);
        Move best = null;
        double bestPrimary = Double.POSITIVE_INFINITY;
        double bestSecondary = Double.POSITIVE_INFINITY;
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
                if (with.workCheck() && transferS >= view.remainingWorkS(vm)) {
                    continue;
                }
                double primary = with.modelChoice() ? transferS : view.ramBytes(vm);
                double secondary = with.modelChoice() ? 0 : view.loadBytes(destination);
                if (primary < bestPrimary || (primary == bestPrimary && secondary < bestSecondary)) {
                    bestPrimary = primary;
                    bestSecondary = secondary;
                    best = new Move(vm, destination);
                }
            }
        }
        return best;
    }

    private boolean fits(ClusterView view, int vm, int destination) {
        return view.canMove(vm) && view.hasRoom(destination, vm) && (!with.overloadCheck()
                || view.loadBytes(destination) + view.ramBytes(vm) <= view.thresholdBytes(destination));
    }
}
