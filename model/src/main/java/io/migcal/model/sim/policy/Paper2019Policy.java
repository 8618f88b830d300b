package io.migcal.model.sim.policy;

/**
 * The paper's revised flow (Fig. 5): when a server's RAM load exceeds the threshold, take its VM
 * using the least RAM; the destination is the server whose VMs use the least RAM in total; migrate
 * only if the RTT to it does not exceed the threshold (and it has room). If that one server is too
 * far, the flow ends: it does not look for another.
 */
public final class Paper2019Policy implements MigrationPolicy {
    @Override
    public String name() {
        return "paper-2019";
    }

    @Override
    public Move decide(ClusterView view, int server, Trigger trigger) {
        if (trigger != Trigger.VM_STARTED || !view.isHighLoad(server)) {
            return null;
        }
        return SmallestVm.ifAllowed(view, server, SmallestVm.on(view, server), view.leastLoadedExcept(server));
    }
}
