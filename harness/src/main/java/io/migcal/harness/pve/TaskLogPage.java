package io.migcal.harness.pve;

import java.util.List;

/** Lines of a task log from a 0-based offset, and the offset to ask for next. */
public record TaskLogPage(List<String> lines, int nextStart) {

    public TaskLogPage {
        lines = List.copyOf(lines);
    }
}
