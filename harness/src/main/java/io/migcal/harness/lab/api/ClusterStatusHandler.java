package io.migcal.harness.lab.api;

import io.migcal.harness.lab.LabTopology;
import io.migcal.harness.lab.state.LabState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code GET /cluster/status}: the cluster entry, then one entry per node. */
final class ClusterStatusHandler implements ApiHandler {
    private final LabState state;

    ClusterStatusHandler(LabState state) {
        this.state = state;
    }

    @Override
    public Map<String, Object> handle(ApiCall call) {
        LabTopology topology = state.settings().topology();
        List<Map<String, Object>> entries = new ArrayList<>();
        entries.add(Map.of("type", "cluster", "id", "cluster", "name", "migcal-lab", "nodes", topology.nodes().size(),
                "quorate", 1, "version", topology.nodes().size()));
        for (int i = 0; i < topology.nodes().size(); i++) {
            String name = topology.nodes().get(i);
            Map<String, Object> node = new LinkedHashMap<>();
            node.put("type", "node");
            node.put("id", "node/" + name);
            node.put("name", name);
            node.put("ip", topology.nodeIps().get(i));
            node.put("nodeid", i + 1);
            node.put("online", state.faults().nodeOffline(name) ? 0 : 1);
            node.put("local", i == 0 ? 1 : 0);
            node.put("level", "");
            entries.add(node);
        }
        return ApiHandler.data(entries);
    }
}
