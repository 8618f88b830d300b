package io.migcal.model.sim.policy;

import io.migcal.model.BadInputException;
import java.util.Arrays;

/**
 * Which servers a policy is asked about, and when: the paper's Step 2 ("VMs start") followed by
 * Step 3 ("examine the memory total of each physical server") can be read narrowly or broadly.
 */
public enum TriggerReading {
    /** Only the server where a VM just started, once (the narrowest reading). */
    STARTED_SERVER("started-server"),
    /** Every server, each time a VM starts anywhere: Step 3's "each physical server" (各物理サーバ). */
    EVERY_SERVER_AT_START("every-server-at-start"),
    /** Every server after every event (a start, a finish, a wait, a migration's end). */
    EVERY_SERVER_ON_EVENT("every-server-on-event"),
    /** Each server whose load or queue just changed, on every event (how least-transfer listens). */
    CHANGED_SERVER("changed-server");

    private final String key;

    TriggerReading(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** Whether the engine asks every server rather than the one the event touched. */
    public boolean sweepsAllServers() {
        return this == EVERY_SERVER_AT_START || this == EVERY_SERVER_ON_EVENT;
    }

    /** Whether an event of this kind asks the policy at all. */
    public boolean hears(Trigger trigger) {
        return this == EVERY_SERVER_ON_EVENT || this == CHANGED_SERVER || trigger == Trigger.VM_STARTED;
    }

    public static TriggerReading of(String key) {
        return Arrays.stream(values()).filter(r -> r.key.equals(key)).findFirst()
                .orElseThrow(() -> new BadInputException("unknown trigger '" + key + "'; use one of "
                        + String.join(", ", Arrays.stream(values()).map(TriggerReading::key).toList())));
    }
}
