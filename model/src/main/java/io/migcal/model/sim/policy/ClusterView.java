package io.migcal.model.sim.policy;

/**
 * What a policy may see of the simulated cluster at the current instant. Loads are "effective":
 * a VM that is leaving counts on its destination only, so a decision already taken is not taken
 * twice.
 */
public interface ClusterView {
    int siteCount();

    int siteOf(int server);

    double rttMs(int serverA, int serverB);

    double rttThresholdMs();

    /** The server's RAM in use by its VMs, in bytes (leaving VMs excluded, arriving ones included). */
    double loadBytes(int server);

    double thresholdBytes(int server);

    default boolean isHighLoad(int server) {
        return loadBytes(server) > thresholdBytes(server);
    }

    /** Whether the VM's allocated memory fits in the server's free capacity now. */
    boolean hasRoom(int server, int vm);

    /** The first VM resident on the server, or -1; continue with {@link #nextVm}. */
    int firstVm(int server);

    int nextVm(int vm);

    boolean isMigrating(int vm);

    /**
     * Whether a policy may move the VM now: it is not migrating, and it arrived by migration at
     * least the hold time ago (the ping-pong guard; hold 0 turns it off).
     */
    boolean canMove(int vm);

    double ramBytes(int vm);

    double remainingWorkS(int vm);

    /** The first VM waiting to start on the server, or -1. */
    int waitingHead(int server);

    /** The least loaded server other than {@code excluded}, or -1. */
    int leastLoadedExcept(int excluded);

    /** The least loaded server of {@code site} other than {@code excluded}, or -1. */
    int leastLoadedInSiteExcept(int site, int excluded);

    /** The site at {@code rank} when sites are ordered by RTT from {@code fromSite} (itself first). */
    int siteByRttRank(int fromSite, int rank);

    /**
     * The transfer time a policy plans with for moving {@code vm} from where it is to
     * {@code destination}: the model's point prediction, or its upper bound when planning is
     * conservative. Counted as a model query (and as extrapolated when outside the fitted range).
     */
    double predictTransferS(int vm, int destination);
}
