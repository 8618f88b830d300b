package io.migcal.model.sim.policy;

/** Step 5 of both of the paper's flows: the resident VM using the least RAM (ties: lowest id). */
final class SmallestVm {
    private SmallestVm() {
    }

    static int on(ClusterView view, int server) {
        int best = -1;
        for (int vm = view.firstVm(server); vm >= 0; vm = view.nextVm(vm)) {
            if (!view.canMove(vm)) {
                continue;
            }
            if (best < 0 || view.ramBytes(vm) < view.ramBytes(best)
                    || (view.ramBytes(vm) == view.ramBytes(best) && vm < best)) {
                best = vm;
            }
        }
        return best;
    }

    /** Steps 6-7: the move if the destination exists, has room and is within the RTT threshold. */
    static Move ifAllowed(ClusterView view, int server, int vm, int destination) {
        if (vm < 0 || destination < 0 || !view.hasRoom(destination, vm)
                || view.rttMs(server, destination) > view.rttThresholdMs()) {
            return null;
        }
        return new Move(vm, destination);
    }
}
