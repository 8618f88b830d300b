package io.migcal.harness.sweep.connect;

import io.migcal.harness.pve.PveApi;
import io.migcal.harness.pve.TaskSummary;
import io.migcal.harness.sweep.MigrationCanceller;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Stops the VM's {@code qmigrate} tasks that are still running on either node
 * ({@code DELETE /nodes/{n}/tasks/{upid}}: Proxmox runs {@code migrate_cancel} and the VM stays put).
 */
final class PveTaskCanceller implements MigrationCanceller {
    private final PveApi api;
    private final List<String> nodes;

    PveTaskCanceller(PveApi api, List<String> nodes) {
        this.api = api;
        this.nodes = List.copyOf(nodes);
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
        for (String node : nodes) {
            for (TaskSummary task : api.migrationTasks(node, vmId)) {
                if (task.endEpochS() == null && task.status() == null) {
                    api.stopTask(task.upid());
                    stopped.add(task.upid().text());
                }
            }
        }
        return stopped;
    }
}
