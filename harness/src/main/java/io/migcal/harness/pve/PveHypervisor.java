package io.migcal.harness.pve;

import io.migcal.harness.migrate.Hypervisor;
import io.migcal.harness.migrate.MigrationOutcome;
import io.migcal.harness.migrate.MigrationRequest;
import io.migcal.harness.pve.tasklog.TaskEnd;
import io.migcal.harness.pve.tasklog.TaskLogParser;
import io.migcal.harness.time.MonotonicClock;
import io.migcal.model.BadInputException;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Proxmox VE through its REST API: starts a live migration, follows the task (through HA's
 * {@code hamigrate} to the real {@code qmigrate}), cancels it at the timeout, and records the
 * harness's transfer time together with what the task log says. A refused or failed migration is
 * an outcome; only an unreachable API is an exception.
 */
public final class PveHypervisor implements Hypervisor {
    private final PveApi api;
    private final MonotonicClock clock;
    private final FollowSettings settings;
    private final TaskFollower follower;
    private final VmOptionsKeeper vmOptions = new VmOptionsKeeper(new VmOptionsKeeper.Access() {
        @Override
        public Map<String, String> read(String node, String vmId) throws IOException, InterruptedException {
            return api.vmConfig(node, vmId);
        }

        @Override
        public void write(String node, String vmId, Map<String, String> set, List<String> delete)
                throws IOException, InterruptedException {
            Map<String, String> form = new LinkedHashMap<>(set);
            if (!delete.isEmpty()) {
                form.put("delete", String.join(",", delete));
            }
            api.setVmOptions(node, vmId, form);
        }

        @Override
        public String locate(String vmId) throws IOException, InterruptedException {
            return PveHypervisor.this.locate(vmId);
        }
    });

    public PveHypervisor(PveApi api, MonotonicClock clock, FollowSettings settings) {
        this.api = api;
        this.clock = clock;
        this.settings = settings;
        this.follower = new TaskFollower(api, clock, settings);
    }

    public static PveHypervisor connect(PveEndpoint endpoint, PveAuth auth, MonotonicClock clock) {
        return connect(endpoint, auth, clock, FollowSettings.DEFAULT);
    }

    public static PveHypervisor connect(PveEndpoint endpoint, PveAuth auth, MonotonicClock clock,
            FollowSettings settings) {
        return new PveHypervisor(new PveApi(new PveHttp(endpoint, auth, clock)), clock, settings);
    }

    /** As above, with calls that are safe to repeat retried by {@code reconnector} when the link breaks. */
    public static PveHypervisor connect(PveEndpoint endpoint, PveAuth auth, MonotonicClock clock,
            FollowSettings settings, io.migcal.harness.reconnect.Reconnector reconnector, java.time.Duration readTimeout) {
        return new PveHypervisor(new PveApi(new PveHttp(endpoint, auth, clock, reconnector, readTimeout)), clock, settings);
    }

    /**
     * Connects through the first endpoint that answers {@code GET /version} (any node proxies for the
     * cluster, so one is enough). Refused credentials or a TLS mismatch stop the search at once:
     * another node would refuse them too. When none answers, one line names each failure.
     */
    public static PveHypervisor connectFirstReachable(List<PveEndpoint> endpoints, PveAuth auth, MonotonicClock clock,
            FollowSettings settings) throws IOException, InterruptedException {
        return connectFirstReachable(endpoints, auth, clock, settings, io.migcal.harness.reconnect.Reconnector.NONE,
                java.time.Duration.ofSeconds(60));
    }

    /**
     * As above; the chosen endpoint's calls are then retried by {@code reconnector} and bounded by
     * {@code readTimeout}. Within one round a node that is down, stalls past {@code readTimeout} or
     * answers 503 is skipped at once; when no node answered, the whole round is tried again with the
     * reconnector's backoff (a cluster behind a flaky link at the start of a run or a resume).
     */
    public static PveHypervisor connectFirstReachable(List<PveEndpoint> endpoints, PveAuth auth, MonotonicClock clock,
            FollowSettings settings, io.migcal.harness.reconnect.Reconnector reconnector, java.time.Duration readTimeout)
            throws IOException, InterruptedException {
        PveEndpoint answering;
        try {
            answering = reconnector.call("connect: GET /version on " + endpoints.size() + " endpoint(s)",
                    () -> firstAnswering(endpoints, auth, clock, settings, readTimeout),
                    NoEndpointAnsweredException.class::isInstance);
        } catch (io.migcal.harness.reconnect.LinkDownException e) {
            // the user wants to read which nodes failed and how, first; the retries come after
            throw new io.migcal.harness.reconnect.LinkDownException(e.getCause().getMessage()
                    + " (still none when the reconnect budget, reconnect.total_s, ran out)", e.getCause());
        }
        return connect(answering, auth, clock, settings, reconnector, readTimeout);
    }

    /**
     * The first endpoint whose {@code GET /version} answers. Refused credentials or a TLS mismatch stop
     * the search at once: another node would refuse them too.
     */
    private static PveEndpoint firstAnswering(List<PveEndpoint> endpoints, PveAuth auth, MonotonicClock clock,
            FollowSettings settings, java.time.Duration readTimeout) throws IOException, InterruptedException {
        List<String> failures = new java.util.ArrayList<>();
        for (PveEndpoint endpoint : endpoints) {
            try {
                connect(endpoint, auth, clock, settings, io.migcal.harness.reconnect.Reconnector.NONE, readTimeout)
                        .api.version();
                return endpoint;
            } catch (PveApiException e) {
                if (e.httpStatus() != 503) {
                    throw e;
                }
                failures.add(e.getMessage());
            } catch (PveTlsException e) {
                throw e;
            } catch (IOException e) {
                failures.add(e.getMessage());
            }
        }
        throw new NoEndpointAnsweredException("no Proxmox endpoint answered: " + String.join(" | ", failures));
    }

    /** No endpoint of the list answered this round; a later round may find one. */
    private static final class NoEndpointAnsweredException extends IOException {
        NoEndpointAnsweredException(String message) {
            super(message);
        }
    }

    /** The typed API, for preflight checks. */
    public PveApi api() {
        return api;
    }

    @Override
    public String describe() throws IOException, InterruptedException {
        return api.version().toString();
    }

    @Override
    public String locate(String vmId) throws IOException, InterruptedException {
        return api.clusterVms().stream()
                .filter(vm -> vm.vmId().equals(vmId) && vm.type().equals("qemu"))
                .map(ClusterVm::node)
                .findFirst()
                .orElseThrow(() -> new BadInputException("VM " + vmId + " is not in " + api.endpoint().describe()
                        + "'s /cluster/resources; check the VM id and that the API user has VM.Audit on /vms/" + vmId));
    }

    @Override
    public boolean restoreSettings() throws IOException, InterruptedException {
        return vmOptions.restore();
    }

    @Override
    public void refuseUnsupported(java.util.Set<io.migcal.harness.config.MigrationSetting> settings)
            throws IOException, InterruptedException {
        if (!settings.isEmpty()) {
            PveMigrationSettings.refuseUnsupported(settings, api.version().version(), api.login());
        }
    }

    @Override
    public MigrationOutcome migrate(MigrationRequest request) throws IOException, InterruptedException {
        long startNanos = clock.nanoTime();
        long deadlineNanos = startNanos + request.timeout().toNanos();
        Upid requested;
        try {
            Map<String, String> options = PveMigrationSettings.vmOptions(request.settings());
            if (!options.isEmpty()) {
                vmOptions.set(request.sourceNode(), request.vmId(), options);
            }
            requested = api.startMigration(request.sourceNode(), request.vmId(), request.targetNode(),
                    PveMigrationSettings.migrateParameters(request.settings()));
        } catch (PveApiException e) {
            if (e.httpStatus() == 401) {
                throw e; // no call can succeed with these credentials: not a property of this sample
            }
            return refused(e, startNanos);
        }
        Map<String, String> details = new LinkedHashMap<>();
        details.put("upid", requested.text());
        Upid task = requested;
        if (requested.isHaMigrate()) {
            HaHandover handover = new HaHandover(api, clock, follower, settings);
            HaHandover.Result ha = handover.awaitRealTask(requested, request.vmId(), deadlineNanos);
            if (ha.failure() != null) {
                return OutcomeAssembler.assemble(ha.failure(), TaskLogParser.parse(List.of()),
                        seconds(ha.endNanos() - startNanos), pollMs(), 0, details);
            }
            task = ha.task();
            details.put("haUpid", requested.text());
            details.put("upid", task.text());
        }
        TaskLogParser parser = new TaskLogParser();
        TaskFollower.Result result = follower.follow(task, parser, deadlineNanos);
        details.put("taskExitStatus", String.valueOf(result.status().exitStatus()));
        details.put("failedStatusPolls", Integer.toString(result.failedPolls()));
        return OutcomeAssembler.assemble(verdict(result, request), parser.timeline(),
                seconds(result.stoppedAtNanos() - startNanos), pollMs(),
                Math.max(0, task.startEpochS() - requested.startEpochS()), details);
    }

    private MigrationVerdict verdict(TaskFollower.Result result, MigrationRequest request) {
        String exit = result.status().exitStatus();
        if (result.cancelled()) {
            String how = result.cancelError() != null ? "cancelling failed: " + result.cancelError()
                    : result.gaveUp() ? "task cancelled with DELETE but still running after "
                            + settings.cancelGrace().toSeconds() + " s"
                    : "task cancelled with DELETE, ended: " + exit;
            return MigrationVerdict.timedOut(MigrationVerdict.noEndWithin(request.timeout()) + "; " + how);
        }
        TaskEnd end = TaskEnd.fromExitStatus(exit);
        return end.succeeded() ? MigrationVerdict.ok() : MigrationVerdict.failed(end.text());
    }

    private MigrationOutcome refused(PveApiException e, long startNanos) {
        return OutcomeAssembler.assemble(MigrationVerdict.failed(e.reason()), TaskLogParser.parse(List.of()),
                seconds(clock.nanoTime() - startNanos), pollMs(), 0, Map.of("httpStatus", Integer.toString(e.httpStatus())));
    }

    private Double pollMs() {
        return (double) settings.statusPoll().toMillis();
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
