package io.migcal.harness.lab.api;

import io.migcal.harness.lab.LabTopology;
import io.migcal.harness.lab.state.LabState;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code GET /nodes/{node}/qemu/{vmid}/status/current}; the {@code lock} only on releases that report it there (6.0+). */
final class VmStatusHandler implements ApiHandler {
    private final LabState state;
    private final VmConfigCheck check;

    VmStatusHandler(LabState state) {
        this.state = state;
        this.check = new VmConfigCheck(state);
    }

    @Override
    public Map<String, Object> handle(ApiCall call) {
        check.requireOn(call.path("node"), call.path("vmid"));
        LabTopology topology = state.settings().topology();
        Map<String, Object> vm = new LinkedHashMap<>();
        vm.put("vmid", topology.vmid());
        vm.put("name", topology.vmName());
        vm.put("status", "running");
        vm.put("qmpstatus", "running");
        vm.put("mem", state.guestUsedBytes());
        vm.put("maxmem", topology.vmMemoryBytes());
        vm.put("maxdisk", 34359738368L);
        vm.put("cpus", 2);
        vm.put("cpu", 0.03);
        vm.put("pid", 4242);
        vm.put("uptime", (long) state.nowLabS() + 600);
        vm.put("agent", 1);
        vm.put("ha", Map.of("managed", topology.haManaged() ? 1 : 0));
        if (state.settings().pveVersion().apiTokens()) {
            vm.put("running-qemu", "9.0.2");
            vm.put("running-machine", "pc-i440fx-9.0+pve0");
        }
        String lock = state.vmLock();
        if (lock != null && state.settings().pveVersion().lockInStatus()) {
            vm.put("lock", lock);
        }
        return ApiHandler.data(vm);
    }
}
