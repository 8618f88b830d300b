package io.migcal.harness.lab.api;

import io.migcal.harness.lab.state.LabException;
import io.migcal.harness.lab.state.LabState;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /nodes/{node}/qemu/{vmid}/migrate} (PVE 6.0+): checks the lock first, then reports the
 * running state; like Proxmox before 8.4, the node lists stay empty for a running VM.
 */
final class MigratePreconditionHandler implements ApiHandler {
    private final LabState state;
    private final VmConfigCheck check;

    MigratePreconditionHandler(LabState state) {
        this.state = state;
        this.check = new VmConfigCheck(state);
    }

    @Override
    public Map<String, Object> handle(ApiCall call) {
        if (!state.settings().pveVersion().apiTokens()) {
            throw new LabException(501, "Method 'GET " + call.exchange().path().substring("/api2/json".length())
                    + "' not implemented");
        }
        check.requireOn(call.path("node"), call.path("vmid"));
        String lock = state.vmLock();
        if (lock != null) {
            throw new LabException(500, "VM is locked (" + lock + ")");
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("running", 1);
        data.put("allowed_nodes", List.of());
        data.put("not_allowed_nodes", Map.of());
        data.put("local_disks", List.of());
        data.put("local_resources", List.of());
        data.put("mapped-resources", List.of());
        return ApiHandler.data(data);
    }
}
