package io.migcal.harness.sweep.connect;

import io.migcal.harness.pve.PveApi;
import io.migcal.harness.pve.Upid;
import io.migcal.harness.sweep.MigrationCanceller;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The VM's tasks still running anywhere in the cluster ({@code GET /cluster/tasks}, on every release
 * from 5.0), stopped with {@code DELETE /nodes/{n}/tasks/{upid}}: for a migration Proxmox runs
 * {@code migrate_cancel} and the VM stays where it was.
 */
final class PveTaskCanceller implements MigrationCanceller {
    private final PveApi api;
    private final List<String> nodes;

    PveTaskCanceller(PveApi api, List<String> nodes) {
        this.api = api;
        this.nodes = List.copyOf(nodes);
    }

    @Override
    public List<String> running(String vmId) throws IOException, InterruptedException {
        return api.runningVmTasks(vmId).stream().map(Upid::text).toList();
    }

    @Override
    public String cancelByHand(String vmId) {
        return nodes.stream().map(n -> "on " + n + " run 'pvesh get /nodes/" + n + "/tasks --typefilter qmigrate --vmid "
                + vmId + " --source active' and stop each task it lists with 'pvesh delete /nodes/" + n + "/tasks/' and its UPID")
                .collect(java.util.stream.Collectors.joining("; "));
    }

    @Override
    public List<String> cancelRunning(String vmId) throws IOException, InterruptedException {
        List<String> stopped = new ArrayList<>();
        for (Upid task : api.runningVmTasks(vmId)) {
            api.stopTask(task);
            stopped.add(task.text());
        }
        return stopped;
    }
}
