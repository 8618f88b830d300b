package io.migcal.harness.lab.api;

import java.util.List;
import java.util.Map;

/**
 * {@code GET /nodes/{node}/storage}: the paper's testbed keeps VM disks on shared NFS storage, so
 * only memory moves; the node's local storage is listed too, as on a real node.
 */
final class StorageHandler implements ApiHandler {
    @Override
    public Map<String, Object> handle(ApiCall call) {
        return ApiHandler.data(List.of(
                Map.of("storage", "nfs-shared", "type", "nfs", "shared", 1, "active", 1, "enabled", 1,
                        "content", "images,rootdir"),
                Map.of("storage", "local", "type", "dir", "shared", 0, "active", 1, "enabled", 1,
                        "content", "iso,vztmpl,backup")));
    }
}
