package io.migcal.model.sim.policy;

import io.migcal.model.BadInputException;
import java.util.List;

/** The policies users can name. */
public final class Policies {
    private static final List<MigrationPolicy> ALL = List.of(
            new NoMigration(), new Paper2018Policy(), new Paper2019Policy(), new LeastTransferPolicy());

    private Policies() {
    }

    public static List<String> names() {
        return ALL.stream().map(MigrationPolicy::name).toList();
    }

    public static MigrationPolicy byName(String name) {
        return ALL.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new BadInputException("unknown policy '" + name + "'; use one of "
                        + String.join(", ", names())));
    }
}
