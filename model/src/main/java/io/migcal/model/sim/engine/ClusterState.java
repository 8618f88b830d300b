package io.migcal.model.sim.engine;

import io.migcal.model.fit.Prediction;
import io.migcal.model.fit.TransferTimePredictor;
import io.migcal.model.sim.policy.ClusterView;
import java.util.Arrays;

/**
 * The mutable state of one simulation: what each server holds (allocation, effective RAM load,
 * resident VMs as an intrusive linked list, FIFO of waiting VMs) and load-ordered heaps of servers,
 * global and per site. Confined to the thread running that simulation.
 */
final class ClusterState implements ClusterView {
    final Instance instance;
    private final EngineSettings settings;
    private final TransferTimePredictor predictor;
    private final long[] allocatedBytes;
    private final double[] loadBytes;
    private final int[] firstResident;
    private final int[] nextResident;
    private final int[] previousResident;
    private final int[] waitHead;
    private final int[] waitTail;
    private final int[] nextWaiting;
    final int[] vmServer;
    final boolean[] vmMigrating;
    final double[] vmFinishAtS;
    /** When the VM last arrived by migration (the ping-pong guard's clock); -infinity if never. */
    final double[] vmMigratedInAtS;
    int modelQueries;
    int extrapolatedQueries;
    private final ServerHeap allServers;
    private final ServerHeap[] siteServers;
    private final int[][] sitesByRtt;
    double nowS;

    ClusterState(Instance instance, EngineSettings settings, TransferTimePredictor predictor) {
        this.instance = instance;
        this.settings = settings;
        this.predictor = predictor;
        int servers = instance.serverCount();
        int vms = instance.vmCount();
        allocatedBytes = new long[servers];
        loadBytes = new double[servers];
        firstResident = filled(servers);
        waitHead = filled(servers);
        waitTail = filled(servers);
        nextResident = filled(vms);
        previousResident = filled(vms);
        nextWaiting = filled(vms);
        vmServer = filled(vms);
        vmMigrating = new boolean[vms];
        vmFinishAtS = new double[vms];
        vmMigratedInAtS = new double[vms];
        Arrays.fill(vmMigratedInAtS, Double.NEGATIVE_INFINITY);
        allServers = new ServerHeap(servers, new int[servers], loadBytes);
        siteServers = new ServerHeap[instance.siteCount()];
        int[] siteSize = new int[instance.siteCount()];
        for (int s = 0; s < servers; s++) {
            siteSize[instance.serverSite(s)]++;
        }
        int[] sitePosition = new int[servers];
        for (int site = 0; site < siteServers.length; site++) {
            siteServers[site] = new ServerHeap(siteSize[site], sitePosition, loadBytes);
        }
        for (int s = 0; s < servers; s++) {
            allServers.add(s);
            siteServers[instance.serverSite(s)].add(s);
        }
        sitesByRtt = new int[instance.siteCount()][];
    }

    private static int[] filled(int length) {
        int[] array = new int[length];
        Arrays.fill(array, -1);
        return array;
    }

    void reserve(int server, int vm) {
        long after = allocatedBytes[server] + instance.vmAllocatedBytes(vm);
        if (after > instance.serverCapacityBytes(server)) {
            throw new IllegalStateException("invariant broken: server " + server + " over capacity");
        }
        allocatedBytes[server] = after;
    }

    void release(int server, int vm) {
        allocatedBytes[server] -= instance.vmAllocatedBytes(vm);
    }

    void addLoad(int server, double bytes) {
        loadBytes[server] += bytes;
        allServers.update(server);
        siteServers[instance.serverSite(server)].update(server);
    }

    void addResident(int server, int vm) {
        vmServer[vm] = server;
        previousResident[vm] = -1;
        nextResident[vm] = firstResident[server];
        if (firstResident[server] >= 0) {
            previousResident[firstResident[server]] = vm;
        }
        firstResident[server] = vm;
    }

    void removeResident(int server, int vm) {
        if (previousResident[vm] >= 0) {
            nextResident[previousResident[vm]] = nextResident[vm];
        } else {
            firstResident[server] = nextResident[vm];
        }
        if (nextResident[vm] >= 0) {
            previousResident[nextResident[vm]] = previousResident[vm];
        }
    }

    void enqueueWaiting(int server, int vm) {
        nextWaiting[vm] = -1;
        if (waitTail[server] >= 0) {
            nextWaiting[waitTail[server]] = vm;
        } else {
            waitHead[server] = vm;
        }
        waitTail[server] = vm;
    }

    int dequeueWaiting(int server) {
        int vm = waitHead[server];
        waitHead[server] = nextWaiting[vm];
        if (waitHead[server] < 0) {
            waitTail[server] = -1;
        }
        return vm;
    }

    @Override
    public int siteCount() {
        return instance.siteCount();
    }

    @Override
    public int siteOf(int server) {
        return instance.serverSite(server);
    }

    @Override
    public double rttMs(int serverA, int serverB) {
        return instance.siteRttMs(instance.serverSite(serverA), instance.serverSite(serverB));
    }

    @Override
    public double rttThresholdMs() {
        return settings.rttThresholdMs();
    }

    @Override
    public double loadBytes(int server) {
        return loadBytes[server];
    }

    @Override
    public double thresholdBytes(int server) {
        return instance.serverThresholdBytes(server);
    }

    @Override
    public boolean hasRoom(int server, int vm) {
        return allocatedBytes[server] + instance.vmAllocatedBytes(vm) <= instance.serverCapacityBytes(server);
    }

    @Override
    public int firstVm(int server) {
        return firstResident[server];
    }

    @Override
    public int nextVm(int vm) {
        return nextResident[vm];
    }

    @Override
    public boolean isMigrating(int vm) {
        return vmMigrating[vm];
    }

    @Override
    public double ramBytes(int vm) {
        return instance.vmRamBytes(vm);
    }

    @Override
    public double remainingWorkS(int vm) {
        return vmFinishAtS[vm] - nowS;
    }

    @Override
    public int waitingHead(int server) {
        return waitHead[server];
    }

    @Override
    public int leastLoadedExcept(int excluded) {
        return allServers.leastExcept(excluded);
    }

    @Override
    public int leastLoadedInSiteExcept(int site, int excluded) {
        return siteServers[site].leastExcept(excluded);
    }

    @Override
    public int siteByRttRank(int fromSite, int rank) {
        if (sitesByRtt[fromSite] == null) {
            sitesByRtt[fromSite] = instance.sitesByRttFrom(fromSite);
        }
        return sitesByRtt[fromSite][rank];
    }

    @Override
    public boolean canMove(int vm) {
        return !vmMigrating[vm] && nowS - vmMigratedInAtS[vm] >= settings.terms().holdS();
    }

    @Override
    public double predictTransferS(int vm, int destination) {
        Prediction p = query(vm, destination);
        return settings.terms().planWith() == EngineSettings.PlanWith.UPPER ? p.upperS() : p.transferTimeS();
    }

    /** The time the transfer really takes in the simulation: the model's point prediction. */
    double transferS(int vm, int destination) {
        return query(vm, destination).transferTimeS();
    }

    /** Every question to the model is counted, and counted again when it lies outside the fitted range. */
    private Prediction query(int vm, int destination) {
        double dirty = instance.vmDirtyRateBytesPerS(vm);
        double rtt = rttMs(vmServer[vm], destination);
        // a workload's own dirty rate matters only to a pre-copy model; others answer as before
        Prediction p = Double.isNaN(dirty) ? predictor.predict(instance.vmRamBytes(vm), rtt)
                : predictor.predict(instance.vmRamBytes(vm), rtt, dirty);
        modelQueries++;
        if (p.extrapolated()) {
            extrapolatedQueries++;
        }
        return p;
    }
}
