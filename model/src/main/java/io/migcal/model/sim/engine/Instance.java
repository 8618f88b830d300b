package io.migcal.model.sim.engine;

import java.util.Arrays;

/**
 * One concrete run's input, every random choice already drawn: the RTT between sites, the servers
 * with their capacity and high-load threshold, and the VMs in launch order with their home server,
 * allocated memory, RAM usage, work and the gap before their arrival. Held in primitive arrays
 * (copied in, never handed out) so 200,000 VMs cost a few megabytes.
 */
public final class Instance {
    private final int siteCount;
    private final double[] siteRttMs;
    private final int[] serverSite;
    private final long[] serverCapacityBytes;
    private final double[] serverThresholdBytes;
    private final int[] vmHomeServer;
    private final long[] vmAllocatedBytes;
    private final double[] vmRamBytes;
    private final double[] vmWorkS;
    private final double[] vmArrivalGapS;

    /**
     * @param siteRttMs row-major site x site RTT matrix
     * @param vmArrivalGapS per VM, the gap before its arrival (after the previous VM's start when
     *     launches are sequential, after the previous arrival when they are independent)
     */
    public Instance(int siteCount, double[] siteRttMs, int[] serverSite, long[] serverCapacityBytes,
            double[] serverThresholdBytes, int[] vmHomeServer, long[] vmAllocatedBytes,
            double[] vmRamBytes, double[] vmWorkS, double[] vmArrivalGapS) {
        if (siteRttMs.length != siteCount * siteCount) {
            throw new IllegalArgumentException("RTT matrix must be sites x sites");
        }
        int servers = serverSite.length;
        int vms = vmHomeServer.length;
        if (serverCapacityBytes.length != servers || serverThresholdBytes.length != servers
                || vmAllocatedBytes.length != vms || vmRamBytes.length != vms || vmWorkS.length != vms
                || vmArrivalGapS.length != vms) {
            throw new IllegalArgumentException("per-server and per-VM arrays must have equal lengths");
        }
        this.siteCount = siteCount;
        this.siteRttMs = siteRttMs.clone();
        this.serverSite = serverSite.clone();
        this.serverCapacityBytes = serverCapacityBytes.clone();
        this.serverThresholdBytes = serverThresholdBytes.clone();
        this.vmHomeServer = vmHomeServer.clone();
        this.vmAllocatedBytes = vmAllocatedBytes.clone();
        this.vmRamBytes = vmRamBytes.clone();
        this.vmWorkS = vmWorkS.clone();
        this.vmArrivalGapS = vmArrivalGapS.clone();
    }

    public int siteCount() {
        return siteCount;
    }

    public int serverCount() {
        return serverSite.length;
    }

    public int vmCount() {
        return vmHomeServer.length;
    }

    public double siteRttMs(int siteA, int siteB) {
        return siteRttMs[siteA * siteCount + siteB];
    }

    public int serverSite(int server) {
        return serverSite[server];
    }

    public long serverCapacityBytes(int server) {
        return serverCapacityBytes[server];
    }

    public double serverThresholdBytes(int server) {
        return serverThresholdBytes[server];
    }

    public int vmHomeServer(int vm) {
        return vmHomeServer[vm];
    }

    public long vmAllocatedBytes(int vm) {
        return vmAllocatedBytes[vm];
    }

    public double vmRamBytes(int vm) {
        return vmRamBytes[vm];
    }

    public double vmWorkS(int vm) {
        return vmWorkS[vm];
    }

    public double vmArrivalGapS(int vm) {
        return vmArrivalGapS[vm];
    }

    /** Sites ordered by RTT from {@code fromSite} (ties by index), the site itself first. */
    int[] sitesByRttFrom(int fromSite) {
        Integer[] order = new Integer[siteCount];
        for (int s = 0; s < siteCount; s++) {
            order[s] = s;
        }
        Arrays.sort(order, (a, b) -> a == fromSite ? -1 : b == fromSite ? 1
                : siteRttMs(fromSite, a) != siteRttMs(fromSite, b)
                        ? Double.compare(siteRttMs(fromSite, a), siteRttMs(fromSite, b))
                        : Integer.compare(a, b));
        int[] result = new int[siteCount];
        for (int s = 0; s < siteCount; s++) {
            result[s] = order[s];
        }
        return result;
    }
}
