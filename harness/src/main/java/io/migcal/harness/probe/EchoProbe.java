package io.migcal.harness.probe;

import java.io.IOException;

/** Sends echoes to the guest from the moment it is started until it is stopped. */
public interface EchoProbe {

    /** Starts probing; the caller stops it. */
    Running start() throws IOException;

    /** A prober that is sending. */
    interface Running {
        /** Stops sending and returns what came back. */
        EchoGaps stop() throws IOException, InterruptedException;
    }
}
