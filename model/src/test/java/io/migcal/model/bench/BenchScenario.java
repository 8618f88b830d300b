package io.migcal.model.bench;

import io.migcal.model.sim.engine.Instance;

/**
 * The scenario both simulators run: {@code servers} hosts of 20 x 2 GiB, 20 VMs per server (so
 * none waits), VM i on server i mod servers, arriving 1 s apart, working 60, 120 or 240 minutes
 * in turn. Everything is a pure function of the scale, so both sides see the same work.
 */
record BenchScenario(int servers) {
    static final int VMS_PER_SERVER = 20;
    static final long VM_BYTES = 2L << 30;
    static final double[] WORK_S = {3600, 7200, 14400};
    static final double GAP_S = 1.0;

    int vms() {
        return servers * VMS_PER_SERVER;
    }

    int homeServer(int vm) {
        return vm % servers;
    }

    double workS(int vm) {
        return WORK_S[vm % WORK_S.length];
    }

    double arrivalS(int vm) {
        return vm * GAP_S;
    }

    /** The migcal instance: one site; every server's high-load threshold at 60 % of its memory. */
    Instance instance(double vmRamBytes) {
        int n = vms();
        int[] serverSite = new int[servers];
        long[] capacity = new long[servers];
        double[] threshold = new double[servers];
        for (int s = 0; s < servers; s++) {
            capacity[s] = VMS_PER_SERVER * VM_BYTES;
            threshold[s] = 0.6 * VMS_PER_SERVER * vmRamBytes;
        }
        int[] home = new int[n];
        long[] allocated = new long[n];
        double[] ram = new double[n];
        double[] work = new double[n];
        double[] gaps = new double[n];
        for (int vm = 0; vm < n; vm++) {
            home[vm] = homeServer(vm);
            allocated[vm] = VM_BYTES;
            ram[vm] = vmRamBytes * (1 + vm % 3) / 2;
            work[vm] = workS(vm);
            gaps[vm] = vm == 0 ? 0 : GAP_S;
        }
        return new Instance(1, new double[] {0}, serverSite, capacity, threshold, home, allocated, ram, work, gaps);
    }
}
