package io.migcal.harness.pve;

import javax.net.ssl.SSLException;

/** Turns a TLS handshake failure into one line that says what was expected and what to do. */
final class PveTlsFailure {

    private PveTlsFailure() {
    }

    static PveTlsException describe(String call, PveEndpoint endpoint, SSLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PinnedCertificateTrustManager.PinMismatchException pin) {
                return new PveTlsException("TLS refused for " + endpoint.describe() + ": the server's certificate has "
                        + "SHA-256 fingerprint " + pin.actual() + " but the pinned fingerprint is " + pin.expected()
                        + "; if the node's certificate was renewed on purpose, read the new one with "
                        + "'pvenode cert info' and update the pin", e);
            }
        }
        return new PveTlsException(call + " on " + endpoint.describe() + ": TLS handshake failed ("
                + oneLine(e.getMessage()) + "); check the CA file or fingerprint pin", e);
    }

    private static String oneLine(String text) {
        return text == null ? "no detail" : text.replaceAll("\\s+", " ").strip();
    }
}
