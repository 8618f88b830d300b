package io.migcal.harness.lab.api;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /access/permissions[?path=P]}: the lab's credentials may do everything the harness
 * needs. As on Proxmox, asking for one path answers with that path alone.
 */
final class PermissionsHandler implements ApiHandler {
    private static final Map<String, Integer> ALL =
            Map.of("VM.Migrate", 1, "VM.Audit", 1, "VM.Monitor", 1, "Sys.Audit", 1);

    @Override
    public Map<String, Object> handle(ApiCall call) {
        String path = call.param("path");
        Map<String, Object> byPath = new LinkedHashMap<>();
        if (path != null && !path.isBlank()) {
            byPath.put(path, ALL);
        } else {
            byPath.put("/", ALL);
            byPath.put("/vms", ALL);
            byPath.put("/nodes", ALL);
        }
        return ApiHandler.data(byPath);
    }
}
