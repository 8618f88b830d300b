package io.migcal.model.sim.policy;

/** The baseline: never migrate. */
public final class NoMigration implements MigrationPolicy {
    @Override
    public String name() {
        return "none";
    }

    @Override
    public Move decide(ClusterView view, int server, Trigger trigger) {
        return null;
    }
}
