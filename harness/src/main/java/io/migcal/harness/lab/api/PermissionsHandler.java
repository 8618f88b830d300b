package io.migcal.harness.lab.api;

import java.util.Map;

/** {@code GET /access/permissions}: the lab's credentials may do everything the harness needs. */
final class PermissionsHandler implements ApiHandler {
    @Override
    public Map<String, Object> handle(ApiCall call) {
        Map<String, Integer> all = Map.of("VM.Migrate", 1, "VM.Audit", 1, "VM.Monitor", 1, "Sys.Audit", 1);
        return ApiHandler.data(Map.of("/", all, "/vms", all, "/nodes", all));
    }
}
