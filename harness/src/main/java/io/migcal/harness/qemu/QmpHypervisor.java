package io.migcal.harness.qemu;

import io.migcal.harness.migrate.Hypervisor;
import io.migcal.harness.migrate.MigrationOutcome;
import io.migcal.harness.migrate.MigrationRequest;
import io.migcal.harness.time.MonotonicClock;
import io.migcal.model.BadInputException;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Live migration between plain QEMU processes through QMP: start the target QEMU with
 * {@code -incoming}, set the tunables and the sample's migration settings ({@link QmpMigrationSetup}),
 * {@code migrate}, follow {@code query-migrate} to the end (starting post-copy when asked), check that
 * the guest runs on the target, and quit the source.
 */
public final class QmpHypervisor implements Hypervisor {

    private final Map<String, QmpNode> nodes;
    private final QmpTunables tunables;
    private final Duration pollInterval;
    private final MonotonicClock clock;
    private final IncomingWait incomingWait;

    public QmpHypervisor(List<QmpNode> nodes, QmpTunables tunables, Duration pollInterval, MonotonicClock clock) {
        this.nodes = new LinkedHashMap<>();
        nodes.forEach(node -> this.nodes.put(node.name(), node));
        this.tunables = tunables;
        this.pollInterval = pollInterval;
        this.clock = clock;
        this.incomingWait = new IncomingWait(clock, Duration.ofSeconds(30));
    }

    @Override
    public String describe() throws IOException {
        IOException last = null;
        for (QmpNode node : nodes.values()) {
            try (QmpConnection qmp = node.qmp().connect()) {
                return "qemu " + qmp.qemuVersion();
            } catch (IOException e) {
                last = e;
            }
        }
        throw last == null ? new IOException("no QMP nodes configured") : last;
    }

    @Override
    public String locate(String vmId) throws IOException {
        for (QmpNode node : nodes.values()) {
            if ("running".equals(RunState.of(node))) {
                return node.name();
            }
        }
        throw new IOException("VM " + vmId + " runs on none of " + nodes.keySet());
    }

    @Override
    public MigrationOutcome migrate(MigrationRequest request) throws IOException, InterruptedException {
        QmpNode source = node(request.sourceNode());
        QmpNode target = node(request.targetNode());
        QmpMigrationSetup setup = new QmpMigrationSetup(tunables, request.settings());
        try {
            if (target.launcher() != null) {
                target.launcher().startIncoming();
            }
            incomingWait.until(target);
        } catch (IOException e) {
            return QmpOutcomes.failed("start-incoming", e.getMessage(), Map.of(), pollInterval);
        }
        try (QmpConnection qmp = source.qmp().connect()) {
            Map<String, String> details = new LinkedHashMap<>();
            details.put("qemu_version", qmp.qemuVersion());
            details.put("source_qmp", source.qmp().describe());
            details.put("target_qmp", target.qmp().describe());
            details.put("migration_uri", target.incomingUri());
            try {
                if (setup.touchesTarget()) {
                    try (QmpConnection targetQmp = target.qmp().connect()) {
                        setup.applyToTarget(targetQmp);
                    }
                }
                details.putAll(setup.applyToSource(qmp));
            } catch (QmpException e) {
                return QmpOutcomes.failed("set-parameters", e.getMessage(), details, pollInterval);
            }
            MigrationFollower.Followed followed = new MigrationFollower(qmp, clock, pollInterval)
                    .follow(target.incomingUri(), request.timeout(), setup.postcopy());
            details.putAll(followed.last().counters());
            details.put("qemu_completed_requeries", Integer.toString(followed.raceRequeries()));
            details.put("qemu_progress_samples", Integer.toString(followed.progress().size()));
            if (followed.postcopyStartedS() != null) {
                details.put("qemu_postcopy_started_s", String.format(java.util.Locale.ROOT, "%.3f",
                        followed.postcopyStartedS()));
            }
            details.put("qemu_progress", ProgressTrace.of(followed.progress()));
            if (followed.dirtyRateBytesPerS() != null) {
                details.put(MigrationOutcome.MEASURED_DIRTY_RATE,
                        String.format(java.util.Locale.ROOT, "%.0f", followed.dirtyRateBytesPerS()));
            }
            MigrationOutcome outcome = QmpOutcomes.of(followed, details, pollInterval,
                    followed.last().completed() ? incomingWait.resumed(target) : RunState.of(target));
            if (followed.last().completed()) {
                quit(qmp);
            }
            return outcome;
        }
    }

    /** Cancels any migration still running from a node (teardown after an interrupt); returns those nodes. */
    public List<String> cancelRunning() throws InterruptedException {
        List<String> cancelled = new java.util.ArrayList<>();
        for (QmpNode node : nodes.values()) {
            try (QmpConnection qmp = node.qmp().connect()) {
                MigrationInfo info = MigrationInfo.from(qmp.execute("query-migrate", null));
                if (!info.finished() && !"none".equals(info.status())) {
                    qmp.execute("migrate_cancel", null);
                    cancelled.add(node.name());
                }
            } catch (IOException e) {
                // no QEMU on that node (it quit after the last migration): nothing runs there
            }
        }
        return cancelled;
    }

    /** The guest now runs on the target; the source QEMU, paused, is ended as Proxmox ends it. */
    private static void quit(QmpConnection source) {
        try {
            source.execute("quit", null);
        } catch (IOException e) {
            // QEMU may close the monitor before its reply arrives; it is exiting either way.
        }
    }

    private QmpNode node(String name) {
        QmpNode node = nodes.get(name);
        if (node == null) {
            throw new BadInputException("unknown QMP node '" + name + "': the lab config lists " + nodes.keySet());
        }
        return node;
    }
}
