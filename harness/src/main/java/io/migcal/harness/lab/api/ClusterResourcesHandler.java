package io.migcal.harness.lab.api;

import io.migcal.harness.lab.LabTopology;
import io.migcal.harness.lab.state.LabState;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code GET /cluster/resources?type=vm}: the lab's VM, on the node whose config holds it. */
final class ClusterResourcesHandler implements ApiHandler {
    private final LabState state;

    ClusterResourcesHandler(LabState state) {
        this.state = state;
    }

    @Override
    public Map<String, Object> handle(ApiCall call) {
        String type = call.param("type");
        if (type != null && !List.of("vm", "node", "storage", "sdn").contains(type)) {
            throw new io.migcal.harness.lab.state.LabException(400,
                    "type: value '" + type + "' does not have a value in the enumeration 'vm, storage, node, sdn'");
        }
        if (type != null && !"vm".equals(type)) {
            return ApiHandler.data(List.of());
        }
        LabTopology topology = state.settings().topology();
        Map<String, Object> vm = new LinkedHashMap<>();
        vm.put("id", "qemu/" + topology.vmid());
        vm.put("type", "qemu");
        vm.put("vmid", topology.vmid());
        vm.put("node", state.vmNode());
        vm.put("status", "running");
        vm.put("name", topology.vmName());
        vm.put("maxmem", topology.vmMemoryBytes());
        vm.put("mem", state.guestUsedBytes());
        vm.put("maxcpu", 2);
        vm.put("cpu", 0.03);
        vm.put("uptime", (long) state.nowLabS() + 600);
        vm.put("template", 0);
        String lock = state.vmLock();
        if (lock != null) {
            vm.put("lock", lock);
        }
        if (topology.haManaged()) {
            vm.put("hastate", "started");
        }
        return ApiHandler.data(List.of(vm));
    }
}
