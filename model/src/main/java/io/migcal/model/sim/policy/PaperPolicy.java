package io.migcal.model.sim.policy;

/**
 * The paper's flows (Fig. 4, 2018; Fig. 5, 2019): when a server's VMs use more RAM than the
 * threshold (Step 4), take its VM using the least RAM (Step 5) and live-migrate it to the
 * destination its {@link DestinationReading} picks, if the RTT to it is within the threshold and it
 * has room. Which servers are examined, and when, is the {@link TriggerReading}.
 */
public final class PaperPolicy implements MigrationPolicy {
    private final String name;
    private final TriggerReading trigger;
    private final DestinationReading destination;

    public PaperPolicy(String name, TriggerReading trigger, DestinationReading destination) {
        this.name = name;
        this.trigger = trigger;
        this.destination = destination;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public TriggerReading trigger() {
        return trigger;
    }

    public DestinationReading destination() {
        return destination;
    }

    @Override
    public Move decide(ClusterView view, int server, Trigger event) {
        if (!view.isHighLoad(server)) {
            return null;
        }
        int vm = SmallestVm.on(view, server);
        return vm < 0 ? null : SmallestVm.ifAllowed(view, server, vm, destination.choose(view, server, vm));
    }
}
