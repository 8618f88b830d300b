package io.migcal.harness.soak;

import io.migcal.harness.lab.VirtualLab;

/** Looks behind the protocols at the end of a soak: no delay set, no load running, no migration running. */
final class LabCheck {
    private LabCheck() {
    }

    static boolean restored(VirtualLab lab) {
        boolean delayCleared = lab.state().withDelayBox(box -> box.interfaces().stream().allMatch(i -> box.netem(i) == null));
        double now = lab.state().nowLabS();
        boolean noTask = lab.descriptor().nodes().stream()
                .allMatch(node -> lab.state().tasks(node).stream().noneMatch(t -> t.running(now)));
        boolean noLoad = lab.state().stopStress() == 0;
        return delayCleared && noTask && noLoad;
    }
}
