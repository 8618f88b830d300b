package io.migcal.harness.lab.api;

import io.migcal.harness.lab.pve.LabTask;
import io.migcal.harness.lab.pve.IssuedUpid;
import io.migcal.harness.lab.state.LabException;
import io.migcal.harness.lab.state.LabState;

/** Finds the task a {@code /nodes/{node}/tasks/{upid}} path names, failing as Proxmox does. */
final class TaskLookup {
    private final LabState state;

    TaskLookup(LabState state) {
        this.state = state;
    }

    LabTask require(ApiCall call) {
        String upid = call.path("upid");
        if (IssuedUpid.parse(upid) == null) {
            throw new LabException(400, "upid: unable to parse worker upid '" + upid + "'");
        }
        return state.task(call.path("node"), upid)
                .orElseThrow(() -> new LabException(500, "no such task"));
    }
}
