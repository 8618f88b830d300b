package io.migcal.harness.lab.api;

import io.migcal.harness.lab.state.LabState;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code PUT /nodes/{node}/qemu/{vmid}/config}: sets VM options on the node holding the VM and
 * returns {@code null}, as Proxmox does for a synchronous update. Only the migration options
 * ({@code migrate_downtime} seconds, {@code migrate_speed} MiB/s, and {@code delete} of them) are
 * emulated; they shape the next migration's ground truth.
 */
final class VmConfigUpdateHandler implements ApiHandler {
    private final LabState state;
    private final VmConfigCheck check;

    VmConfigUpdateHandler(LabState state) {
        this.state = state;
        this.check = new VmConfigCheck(state);
    }

    @Override
    public Map<String, Object> handle(ApiCall call) {
        check.requireOn(call.path("node"), call.path("vmid"));
        Map<String, String> options = new LinkedHashMap<>();
        for (String name : List.of("migrate_downtime", "migrate_speed", "delete")) {
            if (call.param(name) != null) {
                options.put(name, call.param(name));
            }
        }
        state.setVmOptions(options);
        return ApiHandler.data(null);
    }
}
