package io.migcal.harness.pve;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Proxmox calls the harness makes, as typed values: what preflight checks and what a migration
 * needs. Task calls always go to the node in the UPID (the task stays on the source node).
 */
public final class PveApi {
    /** Lines per log page; always sent, because before late 2022 {@code limit=0} meant 50. */
    static final int LOG_PAGE_LINES = 500;

    private final PveHttp http;

    public PveApi(PveHttp http) {
        this.http = http;
    }

    public PveEndpoint endpoint() {
        return http.endpoint();
    }

    public PveVersion version() throws IOException, InterruptedException {
        JsonNode d = http.get(Map.of(), "version");
        return new PveVersion(d.path("version").asText(""), d.path("release").asText(""), d.path("repoid").asText(""));
    }

    public List<NodeState> nodes() throws IOException, InterruptedException {
        List<NodeState> nodes = new ArrayList<>();
        for (JsonNode n : http.get(Map.of(), "nodes")) {
            nodes.add(new NodeState(n.path("node").asText(), "online".equals(n.path("status").asText())));
        }
        return nodes;
    }

    public List<ClusterVm> clusterVms() throws IOException, InterruptedException {
        List<ClusterVm> vms = new ArrayList<>();
        for (JsonNode v : http.get(Map.of("type", "vm"), "cluster", "resources")) {
            vms.add(new ClusterVm(v.path("vmid").asText(), v.path("node").asText(), v.path("status").asText(),
                    v.path("type").asText(), textOrNull(v.path("hastate"))));
        }
        return vms;
    }

    public VmStatus vmStatus(String node, String vmId) throws IOException, InterruptedException {
        JsonNode d = http.get(Map.of(), "nodes", node, "qemu", vmId, "status", "current");
        return new VmStatus(vmId, d.path("status").asText(""), d.path("qmpstatus").asText(d.path("status").asText("")),
                textOrNull(d.path("lock")), d.path("ha").path("managed").asInt(0) == 1,
                textOrNull(d.path("running-qemu")));
    }

    /**
     * The VM's config lock ({@code migrate}, {@code backup}, ...) or null: read from
     * {@code .../config}, because 5.x's {@code status/current} does not carry it and every release's config does.
     */
    public String vmLock(String node, String vmId) throws IOException, InterruptedException {
        return textOrNull(http.get(Map.of(), "nodes", node, "qemu", vmId, "config").path("lock"));
    }

    /** Running tasks of any type for one VM, cluster-wide ({@code GET /cluster/tasks}, on every release). */
    public List<Upid> runningVmTasks(String vmId) throws IOException, InterruptedException {
        List<Upid> running = new ArrayList<>();
        for (JsonNode t : http.get(Map.of(), "cluster", "tasks")) {
            // a running task has no endtime yet (its status, too, comes only with the end)
            if (!t.hasNonNull("endtime") && vmId.equals(t.path("id").asText())) {
                running.add(Upid.parse(t.path("upid").asText()));
            }
        }
        return running;
    }

    /** Effective privileges on {@code path} (e.g. {@code /vms/100}, {@code /nodes/pve1}); PVE 6.0+ only. */
    public Set<String> privileges(String path) throws IOException, InterruptedException {
        Set<String> privileges = new TreeSet<>();
        http.get(Map.of("path", path), "access", "permissions").path(path).fields().forEachRemaining(e -> {
            if (e.getValue().asInt(0) == 1) {
                privileges.add(e.getKey());
            }
        });
        return privileges;
    }

    /** PVE 6.0+ only; older versions answer 501 or 404. */
    public MigratePreconditions migratePreconditions(String node, String vmId, String target)
            throws IOException, InterruptedException {
        JsonNode d = http.get(Map.of("target", target), "nodes", node, "qemu", vmId, "migrate");
        List<String> disks = new ArrayList<>();
        d.path("local_disks").forEach(disk -> disks.add(disk.path("volid").asText()));
        List<String> resources = new ArrayList<>();
        d.path("local_resources").forEach(r -> resources.add(r.asText()));
        List<String> allowed = new ArrayList<>();
        d.path("allowed_nodes").forEach(n -> allowed.add(n.asText()));
        List<String> notAllowed = new ArrayList<>();
        d.path("not_allowed_nodes").fieldNames().forEachRemaining(notAllowed::add);
        return new MigratePreconditions(d.path("running").asInt(0) == 1, disks, resources, allowed, notAllowed);
    }

    public List<StorageInfo> storages(String node) throws IOException, InterruptedException {
        List<StorageInfo> storages = new ArrayList<>();
        for (JsonNode s : http.get(Map.of(), "nodes", node, "storage")) {
            storages.add(new StorageInfo(s.path("storage").asText(), s.path("type").asText(),
                    s.path("shared").asInt(0) == 1, s.path("active").asInt(0) == 1));
        }
        return storages;
    }

    /** Who the calls run as (the ticket's user or the token id): Proxmox allows some parameters to root@pam only. */
    public String login() {
        return http.login();
    }

    /** Starts a live migration; returns the task (a {@code hamigrate} one when HA manages the VM). */
    public Upid startMigration(String node, String vmId, String target) throws IOException, InterruptedException {
        return startMigration(node, vmId, target, Map.of());
    }

    /** As above, with more parameters of the migrate call ({@code bwlimit}, {@code migration_type}, ...). */
    public Upid startMigration(String node, String vmId, String target, Map<String, String> parameters)
            throws IOException, InterruptedException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("target", target);
        form.put("online", "1");
        form.putAll(parameters);
        return Upid.parse(http.post(form, "nodes", node, "qemu", vmId, "migrate").asText());
    }

    /** Sets VM options ({@code PUT /nodes/N/qemu/VMID/config}), such as {@code migrate_downtime}. */
    public void setVmOptions(String node, String vmId, Map<String, String> options)
            throws IOException, InterruptedException {
        http.put(options, "nodes", node, "qemu", vmId, "config");
    }

    /** The VM's config as text values ({@code GET /nodes/N/qemu/VMID/config}). */
    public Map<String, String> vmConfig(String node, String vmId) throws IOException, InterruptedException {
        Map<String, String> config = new LinkedHashMap<>();
        http.get(Map.of(), "nodes", node, "qemu", vmId, "config").fields()
                .forEachRemaining(e -> config.put(e.getKey(), e.getValue().asText()));
        return config;
    }

    public TaskStatus taskStatus(Upid upid) throws IOException, InterruptedException {
        JsonNode d = http.get(Map.of(), "nodes", upid.node(), "tasks", upid.text(), "status");
        return new TaskStatus(d.path("status").asText(""), textOrNull(d.path("exitstatus")));
    }

    /** Log lines from the 0-based {@code start}; Proxmox's placeholder for an empty log is not a line. */
    public TaskLogPage taskLog(Upid upid, int start) throws IOException, InterruptedException {
        JsonNode d = http.get(Map.of("start", Integer.toString(start), "limit", Integer.toString(LOG_PAGE_LINES)),
                "nodes", upid.node(), "tasks", upid.text(), "log");
        List<String> lines = new ArrayList<>();
        d.forEach(line -> lines.add(line.path("t").asText("")));
        if (start == 0 && lines.size() == 1 && lines.get(0).equals("no content")) {
            return new TaskLogPage(List.of(), 0);
        }
        return new TaskLogPage(lines, start + lines.size());
    }

    public void stopTask(Upid upid) throws IOException, InterruptedException {
        http.delete("nodes", upid.node(), "tasks", upid.text());
    }

    /** Migration tasks of one VM on one node, running and archived, newest first. */
    public List<TaskSummary> migrationTasks(String node, String vmId) throws IOException, InterruptedException {
        JsonNode d = http.get(Map.of("typefilter", "qmigrate", "vmid", vmId, "source", "all", "limit", "50"),
                "nodes", node, "tasks");
        List<TaskSummary> tasks = new ArrayList<>();
        for (JsonNode t : d) {
            tasks.add(new TaskSummary(Upid.parse(t.path("upid").asText()),
                    t.has("endtime") ? t.path("endtime").asLong() : null, textOrNull(t.path("status"))));
        }
        return tasks;
    }

    private static String textOrNull(JsonNode node) {
        return node.isMissingNode() || node.isNull() || node.asText().isEmpty() ? null : node.asText();
    }
}
