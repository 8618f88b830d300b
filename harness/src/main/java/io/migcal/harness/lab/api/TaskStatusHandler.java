package io.migcal.harness.lab.api;

import io.migcal.harness.lab.pve.LabTask;
import io.migcal.harness.lab.pve.IssuedUpid;
import io.migcal.harness.lab.state.LabState;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code GET /nodes/{node}/tasks/{upid}/status}: running or stopped, exitstatus once stopped, no endtime. */
final class TaskStatusHandler implements ApiHandler {
    private final LabState state;
    private final TaskLookup lookup;

    TaskStatusHandler(LabState state) {
        this.state = state;
        this.lookup = new TaskLookup(state);
    }

    @Override
    public Map<String, Object> handle(ApiCall call) {
        LabTask task = lookup.require(call);
        Map<String, Object> status = describe(task.upid());
        boolean running = task.running(state.nowLabS());
        status.put("status", running ? "running" : "stopped");
        if (!running) {
            status.put("exitstatus", task.exitStatus());
        }
        return ApiHandler.data(status);
    }

    /** The fields every task entry carries; a token owner is split into user and tokenid. */
    static Map<String, Object> describe(IssuedUpid upid) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("upid", upid.encode());
        fields.put("node", upid.node());
        fields.put("pid", upid.pid());
        fields.put("pstart", upid.pstartTicks());
        fields.put("starttime", upid.startEpochS());
        fields.put("type", upid.type());
        fields.put("id", upid.id());
        int bang = upid.user().indexOf('!');
        fields.put("user", bang < 0 ? upid.user() : upid.user().substring(0, bang));
        if (bang >= 0) {
            fields.put("tokenid", upid.user().substring(bang + 1));
        }
        return fields;
    }
}
