package io.migcal.harness.pve;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;
import javax.net.ssl.X509TrustManager;

/**
 * Trusts exactly one server certificate, named by the SHA-256 of its DER encoding. The pin stands
 * for the node itself, so no CA chain is needed (Proxmox nodes use a self-signed cluster CA).
 */
final class PinnedCertificateTrustManager implements X509TrustManager {
    private final String pinnedFingerprint;

    PinnedCertificateTrustManager(String pinnedFingerprint) {
        this.pinnedFingerprint = pinnedFingerprint;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        if (chain == null || chain.length == 0) {
            throw new CertificateException("the server sent no certificate");
        }
        String actual = fingerprint(chain[0]);
        if (!actual.equals(pinnedFingerprint)) {
            throw new PinMismatchException(pinnedFingerprint, actual);
        }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("this trust manager only checks servers");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
    }

    /** The SHA-256 fingerprint as {@code pvenode cert info} prints it: upper-case hex pairs joined by colons. */
    static String fingerprint(X509Certificate certificate) throws CertificateEncodingException {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest).toUpperCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The server showed another certificate than the pinned one. */
    static final class PinMismatchException extends CertificateException {
        private final String expected;
        private final String actual;

        PinMismatchException(String expected, String actual) {
            super("certificate fingerprint " + actual + " does not match the pinned " + expected);
            this.expected = expected;
            this.actual = actual;
        }

        String expected() {
            return expected;
        }

        String actual() {
            return actual;
        }
    }
}
