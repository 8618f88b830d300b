package io.migcal.harness.reproduce;

import io.migcal.harness.lab.VirtualLab;
import io.migcal.harness.lab.VirtualLabSettings;
import io.migcal.harness.sweep.LabConnector;
import io.migcal.harness.time.MonotonicClock;
import java.io.IOException;

/**
 * What reproduce gets from the composition root (the command line): a way to start the virtual lab,
 * and the connector that drives it on the lab's clock, the same one that drives a real lab.
 */
public interface VirtualLabWiring {
    VirtualLab start(VirtualLabSettings settings) throws IOException;

    LabConnector connector(MonotonicClock labClock, double timeCompression);
}
