package io.migcal.harness.lab.truth;

/** Which term of the throughput minimum binds. */
public enum Bottleneck {
    LINK, HYPERVISOR_CAP, TCP_WINDOW, DELAY_BOX_QUEUE
}
