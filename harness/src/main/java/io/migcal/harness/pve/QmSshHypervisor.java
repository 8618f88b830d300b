package io.migcal.harness.pve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.migcal.harness.migrate.Hypervisor;
import io.migcal.harness.migrate.MigrationOutcome;
import io.migcal.harness.migrate.MigrationRequest;
import io.migcal.harness.pve.tasklog.TaskLogParser;
import io.migcal.harness.ssh.CommandResult;
import io.migcal.harness.ssh.RemoteShell;
import io.migcal.harness.time.MonotonicClock;
import io.migcal.model.BadInputException;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The alternative driver: {@code qm migrate VMID TARGET --online} run as root over SSH on the node
 * that owns the VM. The command blocks and prints the task log (without {@code TASK OK}); errors go
 * to stderr with a non-zero exit. At the timeout the shell gives up, and the still-running task is
 * stopped through {@code pvesh}, as the REST driver does with DELETE.
 */
public final class QmSshHypervisor implements Hypervisor {
    private static final Pattern PVE_MANAGER = Pattern.compile("pve-manager/([^/\\s]+)");
    private static final Duration SHORT = Duration.ofSeconds(30);

    private final Map<String, RemoteShell> nodes;
    private final MonotonicClock clock;
    private final ObjectMapper json = new ObjectMapper();

    /** {@code nodes}: a root shell on each cluster node, by Proxmox node name. */
    public QmSshHypervisor(Map<String, RemoteShell> nodes, MonotonicClock clock) {
        if (nodes.isEmpty()) {
            throw new BadInputException("the qm driver needs an SSH shell on at least one Proxmox node");
        }
        this.nodes = new TreeMap<>(nodes);
        this.clock = clock;
    }

    @Override
    public String describe() throws IOException, InterruptedException {
        CommandResult r = nodes.values().iterator().next().run("pveversion", SHORT);
        Matcher m = PVE_MANAGER.matcher(r.stdout());
        return m.find() ? "proxmox-ve " + m.group(1) : "proxmox-ve unknown (pveversion said: " + r.stdout().strip() + ")";
    }

    @Override
    public String locate(String vmId) throws IOException, InterruptedException {
        for (Map.Entry<String, RemoteShell> node : nodes.entrySet()) {
            CommandResult r = node.getValue().run(QmCommands.status(vmId), SHORT);
            if (r.succeeded() && r.stdout().startsWith("status:")) {
                return node.getKey();
            }
        }
        throw new BadInputException("VM " + vmId + " is on none of the nodes " + nodes.keySet()
                + " ('qm status " + vmId + "' failed on each); check the VM id and the node list");
    }

    @Override
    public boolean restoreSettings() throws IOException, InterruptedException {
        return vmOptions.restore();
    }

    /** A {@code qm config}/{@code qm set} that exited non-zero: its last line of stderr. */
    private static final class QmFailed extends IOException {
        QmFailed(String message) {
            super(message);
        }
    }

    private final VmOptionsKeeper vmOptions = new VmOptionsKeeper(new VmOptionsKeeper.Access() {
        @Override
        public Map<String, String> read(String node, String vmId) throws IOException, InterruptedException {
            CommandResult r = shellOf(node).run(QmCommands.config(vmId), SHORT);
            if (!r.succeeded()) {
                throw new QmFailed(lastLine(r.stderr(), "qm config exited " + r.exitCode()));
            }
            Map<String, String> config = new LinkedHashMap<>();
            r.stdout().lines().filter(l -> l.contains(": ")).forEach(l -> config.put(l.substring(0, l.indexOf(": ")),
                    l.substring(l.indexOf(": ") + 2).strip()));
            return config;
        }

        @Override
        public void write(String node, String vmId, Map<String, String> set, List<String> delete)
                throws IOException, InterruptedException {
            Map<String, String> options = new LinkedHashMap<>(set);
            if (!delete.isEmpty()) {
                options.put("delete", String.join(",", delete));
            }
            CommandResult r = shellOf(node).run(QmCommands.set(vmId, options), SHORT);
            if (!r.succeeded()) {
                throw new QmFailed(lastLine(r.stderr(), "qm set exited " + r.exitCode()));
            }
        }

        @Override
        public String locate(String vmId) throws IOException, InterruptedException {
            return QmSshHypervisor.this.locate(vmId);
        }
    });

    /** {@code qm} runs as root, so only the version can refuse a setting (bwlimit before 5.4). */
    @Override
    public void refuseUnsupported(java.util.Set<io.migcal.harness.config.MigrationSetting> settings)
            throws IOException, InterruptedException {
        if (!settings.isEmpty()) {
            PveMigrationSettings.refuseUnsupported(settings, describe().replaceFirst("^proxmox-ve ", ""), null);
        }
    }

    @Override
    public MigrationOutcome migrate(MigrationRequest request) throws IOException, InterruptedException {
        RemoteShell shell = shellOf(request.sourceNode());
        String command = QmCommands.migrate(request.vmId(), request.targetNode(),
                PveMigrationSettings.migrateParameters(request.settings()));
        Map<String, String> details = new LinkedHashMap<>(Map.of("driver", "qm-ssh", "host", shell.describe()));
        Map<String, String> options = PveMigrationSettings.vmOptions(request.settings());
        if (!options.isEmpty()) {
            try {
                vmOptions.set(request.sourceNode(), request.vmId(), options);
            } catch (QmFailed e) {
                return OutcomeAssembler.assemble(MigrationVerdict.failed(e.getMessage()), TaskLogParser.parse(List.of()),
                        null, null, 0, details);
            }
        }
        long startNanos = clock.nanoTime();
        CommandResult result;
        try {
            result = shell.run(command, request.timeout());
        } catch (IOException e) {
            long elapsedNanos = clock.nanoTime() - startNanos;
            if (elapsedNanos < request.timeout().toNanos()) {
                throw e;
            }
            String cancel = cancelActive(shell, request);
            return OutcomeAssembler.assemble(MigrationVerdict.timedOut(
                    MigrationVerdict.noEndWithin(request.timeout()) + "; " + cancel), TaskLogParser.parse(List.of()),
                    elapsedNanos / 1e9, null, 0, details);
        }
        double transferTimeS = (clock.nanoTime() - startNanos) / 1e9;
        details.put("exitCode", Integer.toString(result.exitCode()));
        MigrationVerdict verdict = result.succeeded() ? MigrationVerdict.ok()
                : MigrationVerdict.failed(lastLine(result.stderr(), "qm migrate exited " + result.exitCode()));
        return OutcomeAssembler.assemble(verdict, TaskLogParser.parse(result.stdout().lines().toList()),
                transferTimeS, null, 0, details);
    }

    private RemoteShell shellOf(String node) {
        RemoteShell shell = nodes.get(node);
        if (shell == null) {
            throw new BadInputException("no SSH shell for source node '" + node + "'; configured nodes: " + nodes.keySet());
        }
        return shell;
    }

    /** Stops the migration task(s) of this VM that are still active; says what happened, in one line. */
    private String cancelActive(RemoteShell shell, MigrationRequest request) throws InterruptedException {
        try {
            CommandResult listed = shell.run(QmCommands.activeMigrations(request.sourceNode(), request.vmId()), SHORT);
            if (!listed.succeeded()) {
                return "could not list active tasks to cancel: " + lastLine(listed.stderr(), "exit " + listed.exitCode());
            }
            List<String> stopped = new ArrayList<>();
            for (JsonNode task : json.readTree(listed.stdout())) {
                Upid upid = Upid.parse(task.path("upid").asText());
                CommandResult r = shell.run(QmCommands.stopTask(upid), SHORT);
                stopped.add(upid.text() + (r.succeeded() ? "" : " (stop failed: " + lastLine(r.stderr(), "?") + ")"));
            }
            return stopped.isEmpty() ? "no active qmigrate task left to cancel" : "task cancelled: " + String.join(", ", stopped);
        } catch (IOException | IllegalArgumentException e) {
            return "cancelling failed: " + e.getMessage();
        }
    }

    private static String lastLine(String text, String fallback) {
        List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        return lines.isEmpty() ? fallback : lines.get(lines.size() - 1);
    }
}
