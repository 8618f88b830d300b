package io.migcal.harness.lab.api;

import io.migcal.harness.lab.LabTopology;
import io.migcal.harness.lab.state.LabState;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /nodes/{node}/qemu/{vmid}/config}: the VM's config as the node holding it reads it,
 * with {@code lock: migrate} (or another lock) while one is set: where every release shows the lock.
 */
final class VmConfigHandler implements ApiHandler {
    private final LabState state;
    private final VmConfigCheck check;

    VmConfigHandler(LabState state) {
        this.state = state;
        this.check = new VmConfigCheck(state);
    }

    @Override
    public Map<String, Object> handle(ApiCall call) {
        check.requireOn(call.path("node"), call.path("vmid"));
        LabTopology topology = state.settings().topology();
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("name", topology.vmName());
        config.put("memory", topology.vmMemoryBytes() / (1024 * 1024));
        config.put("cores", 2);
        config.put("agent", "1");
        config.put("scsi0", "nfs-shared:" + topology.vmid() + "/vm-" + topology.vmid() + "-disk-0.qcow2,size=32G");
        config.put("digest", "0123456789abcdef0123456789abcdef01234567");
        config.putAll(state.vmOptions());
        String lock = state.vmLock();
        if (lock != null) {
            config.put("lock", lock);
        }
        return ApiHandler.data(config);
    }
}
