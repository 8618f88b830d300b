package io.migcal.harness.lab.api;

import io.migcal.harness.lab.state.LabState;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code GET /nodes}: each node, online or not, with the fingerprint of its certificate. */
final class NodesHandler implements ApiHandler {
    private final LabState state;
    private final String fingerprint;

    NodesHandler(LabState state, String fingerprint) {
        this.state = state;
        this.fingerprint = fingerprint;
    }

    @Override
    public Map<String, Object> handle(ApiCall call) {
        List<Map<String, Object>> nodes = state.settings().topology().nodes().stream().map(this::node).toList();
        return ApiHandler.data(nodes);
    }

    private Map<String, Object> node(String name) {
        boolean online = !state.faults().nodeOffline(name);
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("node", name);
        node.put("id", "node/" + name);
        node.put("type", "node");
        node.put("status", online ? "online" : "offline");
        node.put("level", "");
        node.put("ssl_fingerprint", fingerprint);
        if (online) {
            node.put("maxmem", 34359738368L);
            node.put("mem", 4294967296L);
            node.put("maxcpu", 4);
            node.put("cpu", 0.02);
            node.put("uptime", 86400 + (long) state.nowLabS());
        }
        return node;
    }
}
