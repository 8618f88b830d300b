package io.migcal.harness.lab.api;

import io.migcal.harness.lab.pve.LabTask;
import io.migcal.harness.lab.state.LabState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /nodes/{node}/tasks/{upid}/log?start=&limit=}: lines {n, t} from 0-based {@code start},
 * {@code total} beside {@code data}; limit defaults to 50, and 0 means "all" only on new releases.
 */
final class TaskLogHandler implements ApiHandler {
    private static final int DEFAULT_LIMIT = 50;

    private final LabState state;
    private final TaskLookup lookup;

    TaskLogHandler(LabState state) {
        this.state = state;
        this.lookup = new TaskLookup(state);
    }

    @Override
    public Map<String, Object> handle(ApiCall call) {
        try {
            state.faults().delayTaskLogIfSlow();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new io.migcal.harness.lab.state.LabException(500, "interrupted");
        }
        LabTask task = lookup.require(call);
        List<String> lines = task.visibleLines(state.nowLabS());
        int start = intParam(call, "start", 0);
        int limit = intParam(call, "limit", DEFAULT_LIMIT);
        if (limit == 0) {
            limit = state.settings().pveVersion().apiTokens() ? Integer.MAX_VALUE : DEFAULT_LIMIT;
        }
        List<Map<String, Object>> page = new ArrayList<>();
        if (lines.isEmpty()) {
            page.add(Map.of("n", 1, "t", "no content"));
        }
        for (int i = start; i < lines.size() && page.size() < limit; i++) {
            page.add(Map.of("n", i + 1, "t", lines.get(i)));
        }
        Map<String, Object> body = ApiHandler.data(page);
        body.put("total", lines.size());
        return body;
    }

    private static int intParam(ApiCall call, String name, int fallback) {
        String value = call.param(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Math.max(0, Integer.parseInt(value));
        } catch (NumberFormatException e) {
            throw new io.migcal.harness.lab.state.LabException(400, name + ": type check ('integer') failed - got '"
                    + value + "'");
        }
    }
}
