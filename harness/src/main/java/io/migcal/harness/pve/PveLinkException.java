package io.migcal.harness.pve;

import io.migcal.harness.reconnect.LinkFault;
import java.io.IOException;

/**
 * The connection broke under a request that is not safe to send twice (starting a migration): the
 * request may have taken effect. The sweep restores the lab and repeats the sample instead.
 */
public final class PveLinkException extends IOException implements LinkFault {
    private static final long serialVersionUID = 1L;

    PveLinkException(String oneLineMessage, Throwable cause) {
        super(oneLineMessage, cause);
    }
}
