package io.migcal.harness.lab.api;

import io.migcal.harness.lab.pve.LabTask;
import io.migcal.harness.lab.state.LabState;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code GET /nodes/{node}/tasks?vmid=&typefilter=&source=&start=&limit=}: newest first; finished
 * tasks carry {@code endtime} and their exit status as {@code status}. Without a {@code node} in the
 * path it is {@code GET /cluster/tasks}: every node's tasks.
 */
final class TaskListHandler implements ApiHandler {
    private final LabState state;

    TaskListHandler(LabState state) {
        this.state = state;
    }

    @Override
    public Map<String, Object> handle(ApiCall call) {
        double now = state.nowLabS();
        // a node's list shows finished tasks unless asked; the cluster's list shows running ones too
        String source = call.param("source") != null ? call.param("source") : call.path("node") == null ? "all" : "archive";
        List<LabTask> all = call.path("node") == null ? state.allTasks() : state.tasks(call.path("node"));
        Stream<LabTask> tasks = all.stream()
                .filter(t -> call.param("vmid") == null || t.upid().id().equals(call.param("vmid")))
                .filter(t -> call.param("typefilter") == null || t.upid().type().equals(call.param("typefilter")))
                .filter(t -> "all".equals(source) || t.running(now) == "active".equals(source));
        int start = call.param("start") == null ? 0 : Integer.parseInt(call.param("start"));
        int limit = call.param("limit") == null ? 50 : Integer.parseInt(call.param("limit"));
        List<Map<String, Object>> entries = tasks.skip(start).limit(limit).map(t -> entry(t, now)).toList();
        return ApiHandler.data(entries);
    }

    private Map<String, Object> entry(LabTask task, double now) {
        Map<String, Object> fields = TaskStatusHandler.describe(task.upid());
        if (!task.running(now)) {
            long endEpoch = task.upid().startEpochS() + (long) Math.ceil(task.script().endOffsetS());
            fields.put("endtime", endEpoch);
            fields.put("status", task.exitStatus());
        }
        return fields;
    }
}
