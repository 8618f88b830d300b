package io.migcal.harness.lab.api;

import io.migcal.harness.lab.state.LabState;
import java.util.Map;

/** {@code DELETE /nodes/{node}/tasks/{upid}}: sends the worker a stop signal. */
final class TaskStopHandler implements ApiHandler {
    private final LabState state;
    private final TaskLookup lookup;

    TaskStopHandler(LabState state) {
        this.state = state;
        this.lookup = new TaskLookup(state);
    }

    @Override
    public Map<String, Object> handle(ApiCall call) {
        state.stopTask(lookup.require(call));
        return ApiHandler.data(null);
    }
}
