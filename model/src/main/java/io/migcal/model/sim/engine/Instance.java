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
    /** Per VM, the rate its workload dirties memory at (bytes/s); null when no workload says. */
    private final double[] vmDirtyRateBytesPerS;

    /**
     * @param siteRttMs row-major site x site RTT matrix
     * @param vmArrivalGapS per VM, the gap before its arrival (after the previous VM's start when
     *     launches are sequential, after the previous arrival when they are independent)
     */
    public Instance(int siteCount, double[] siteRttMs, int[] serverSite, long[] serverCapacityBytes,
            double[] serverThresholdBytes, int[] vmHomeServer, long[] vmAllocatedBytes,
            double[] vmRamBytes, double[] vmWorkS, double[] vmArrivalGapS) {
        this(siteCount, siteRttMs, serverSite, serverCapacityBytes, serverThresholdBytes, vmHomeServer,
                vmAllocatedBytes, vmRamBytes, vmWorkS, vmArrivalGapS, null);
    }

    /**
     * The same, with each VM's dirty rate ({@code vmDirtyRateBytesPerS}, NaN for a VM whose workload
     * gives none, or null for none at all): a pre-copy transfer model uses it.
     */
    public Instance(int siteCount, double[] siteRttMs, int[] serverSite, long[] serverCapacityBytes,
            double[] serverThresholdBytes, int[] vmHomeServer, long[] vmAllocatedBytes,
            double[] vmRamBytes, double[] vmWorkS, double[] vmArrivalGapS, double[] vmDirtyRateBytesPerS) {
        if (siteRttMs.length != siteCount * siteCount) {
            throw new IllegalArgumentException("RTT matrix must be sites x sites");
        }
        int servers = serverSite.length;
        int vms = vmHomeServer.length;
        if (serverCapacityBytes.length != servers || serverThresholdBytes.length != servers
                || vmAllocatedBytes.length != vms || vmRamBytes.length != vms || vmWorkS.length != vms
                || vmArrivalGapS.length != vms
                || vmDirtyRateBytesPerS != null && vmDirtyRateBytesPerS.length != vms) {
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
        this.vmDirtyRateBytesPerS = vmDirtyRateBytesPerS == null ? null : vmDirtyRateBytesPerS.clone();
    }

    /** The rate the VM's workload dirties memory at, in bytes/s; NaN when its workload gives none. */
    public double vmDirtyRateBytesPerS(int vm) {
        return vmDirtyRateBytesPerS == null ? Double.NaN : vmDirtyRateBytesPerS[vm];
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
