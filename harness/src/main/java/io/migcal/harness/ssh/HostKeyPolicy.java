package io.migcal.harness.ssh;

/** How an unknown host key is treated. A changed key is refused under every policy. */
public enum HostKeyPolicy {
    /** Only hosts whose key is already in known_hosts (the default). */
    STRICT,
    /** Hosts not yet in known_hosts are trusted on first use and their key recorded, loudly. */
    ACCEPT_NEW
}
