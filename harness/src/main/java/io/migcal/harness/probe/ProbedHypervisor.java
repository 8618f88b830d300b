package io.migcal.harness.probe;

import io.migcal.harness.migrate.Hypervisor;
import io.migcal.harness.migrate.MigrationOutcome;
import io.migcal.harness.migrate.MigrationRequest;
import io.migcal.harness.time.MonotonicClock;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A hypervisor whose migrations are watched from outside: the prober starts right before the migrate
 * call and stops {@code tailMs} after it returned (so the first reply after the guest resumed is
 * seen); its figures join the outcome's details under the {@link EchoGaps#COLUMNS} keys. A prober
 * that cannot start or stop costs the figure ({@code downtime_probe_error}), never the migration.
 */
public final class ProbedHypervisor implements Hypervisor {
    public static final String ERROR = "downtime_probe_error";

    private final Hypervisor delegate;
    private final EchoProbe probe;
    private final long tailMs;
    private final MonotonicClock clock;

    public ProbedHypervisor(Hypervisor delegate, EchoProbe probe, long tailMs, MonotonicClock clock) {
        this.delegate = delegate;
        this.probe = probe;
        this.tailMs = tailMs;
        this.clock = clock;
    }

    /** The hypervisor the prober watches (checks that need the real driver look through the prober). */
    public Hypervisor delegate() {
        return delegate;
    }

    @Override
    public String describe() throws IOException, InterruptedException {
        return delegate.describe();
    }

    @Override
    public void refuseUnsupported(java.util.Set<io.migcal.harness.config.MigrationSetting> settings)
            throws IOException, InterruptedException {
        delegate.refuseUnsupported(settings);
    }

    @Override
    public boolean restoreSettings() throws IOException, InterruptedException {
        return delegate.restoreSettings();
    }

    @Override
    public String locate(String vmId) throws IOException, InterruptedException {
        return delegate.locate(vmId);
    }

    @Override
    public MigrationOutcome migrate(MigrationRequest request) throws IOException, InterruptedException {
        EchoProbe.Running running;
        try {
            running = probe.start();
        } catch (IOException e) {
            return withDetails(delegate.migrate(request), Map.of(ERROR, "not started: " + e.getMessage()));
        }
        MigrationOutcome outcome;
        try {
            outcome = delegate.migrate(request);
            clock.sleepMillis(tailMs);
        } catch (IOException | InterruptedException | RuntimeException e) {
            running.stop();
            throw e;
        }
        Map<String, String> figures = new LinkedHashMap<>();
        try {
            running.stop().columns().forEach((k, v) -> {
                if (v != null) {
                    figures.put(k, v);
                }
            });
        } catch (IOException e) {
            figures.put(ERROR, "not stopped cleanly: " + e.getMessage());
        }
        return withDetails(outcome, figures);
    }

    private static MigrationOutcome withDetails(MigrationOutcome o, Map<String, String> more) {
        Map<String, String> details = new LinkedHashMap<>(o.details());
        details.putAll(more);
        return new MigrationOutcome(o.status(), o.transferTimeS(), o.migrationPhaseS(), o.taskDurationS(),
                o.downtimeMs(), o.transferredBytes(), o.pollIntervalMs(), o.stage(), o.error(), o.progress(), details);
    }
}
