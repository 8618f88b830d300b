package io.migcal.harness.lab.api;

import io.migcal.harness.lab.pve.LabTask;
import io.migcal.harness.lab.state.LabException;
import io.migcal.harness.lab.state.LabState;
import java.util.List;
import java.util.Map;

/** {@code POST /nodes/{node}/qemu/{vmid}/migrate}: starts the worker and returns its UPID. */
final class MigrateHandler implements ApiHandler {
    private static final List<String> ROOT_ONLY = List.of("migration_type", "migration_network", "force");

    private final LabState state;
    private final VmConfigCheck check;

    MigrateHandler(LabState state) {
        this.state = state;
        this.check = new VmConfigCheck(state);
    }

    @Override
    public Map<String, Object> handle(ApiCall call) {
        String target = call.param("target");
        if (target == null || target.isBlank()) {
            throw new LabException(400, "target: property is missing and it is not optional");
        }
        for (String parameter : ROOT_ONLY) {
            if (call.param(parameter) != null && !call.userIsRootPam()) {
                throw new LabException(400, parameter + ": parameter '" + parameter
                        + "' is only allowed for 'root@pam'");
            }
        }
        check.requireOn(call.path("node"), call.path("vmid"));
        if (!"1".equals(call.param("online"))) {
            boolean old = !state.settings().pveVersion().humanReadableLog();
            throw new LabException(500, (old ? "cant" : "can't") + " migrate running VM without --online");
        }
        Map<String, String> parameters = new java.util.LinkedHashMap<>();
        for (String name : List.of("bwlimit", "migration_type", "migration_network")) {
            if (call.param(name) != null) {
                parameters.put(name, call.param(name));
            }
        }
        if (parameters.containsKey("bwlimit") && !state.settings().pveVersion().hasMigrateBwlimit()) {
            throw new LabException(400, "bwlimit: property is not defined in schema and the schema does not allow "
                    + "additional properties");
        }
        LabTask task = state.startMigration(call.path("node"), target, call.user(), parameters);
        return ApiHandler.data(task.upid().encode());
    }
}
