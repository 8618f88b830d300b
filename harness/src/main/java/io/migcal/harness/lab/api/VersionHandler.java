package io.migcal.harness.lab.api;

import io.migcal.harness.lab.pve.EmulatedRelease;
import java.util.Map;

/** {@code GET /version}. */
final class VersionHandler implements ApiHandler {
    private final EmulatedRelease version;

    VersionHandler(EmulatedRelease version) {
        this.version = version;
    }

    @Override
    public Map<String, Object> handle(ApiCall call) {
        return ApiHandler.data(Map.of("version", version.apiVersion(), "release", version.apiRelease(),
                "repoid", version.repoId()));
    }
}
