package io.migcal.harness.pve;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * How the harness trusts a Proxmox node's HTTPS certificate: pin the SHA-256 fingerprint of the
 * node's leaf certificate ({@code pvenode cert info}), trust a CA file (the cluster's
 * {@code /etc/pve/pve-root-ca.pem}), or, only when explicitly and loudly asked for, nothing at all.
 */
public sealed interface TlsTrust {

    /**
     * The trust named by exactly one of the three options (as a config or command line gives them);
     * none or several is bad input, because silently picking one would hide a mistake.
     */
    static TlsTrust choose(String fingerprint, Path caPemFile, boolean insecureSkipTlsVerify) {
        int chosen = (fingerprint != null ? 1 : 0) + (caPemFile != null ? 1 : 0) + (insecureSkipTlsVerify ? 1 : 0);
        if (chosen != 1) {
            throw new io.migcal.model.BadInputException("Proxmox TLS: give exactly one of a certificate fingerprint "
                    + "(SHA-256, from 'pvenode cert info'), a CA file (/etc/pve/pve-root-ca.pem) or "
                    + "insecureSkipTlsVerify (got " + chosen + ")");
        }
        if (fingerprint != null) {
            return new PinnedSha256(fingerprint);
        }
        return caPemFile != null ? new CaPemFile(caPemFile) : new InsecureSkipVerify();
    }

    /** A leaf-certificate SHA-256 pin; accepts {@code AA:BB:...} or plain hex, any case. */
    record PinnedSha256(String fingerprint) implements TlsTrust {
        public PinnedSha256 {
            Objects.requireNonNull(fingerprint, "fingerprint");
            fingerprint = normalize(fingerprint);
            if (!fingerprint.matches("([0-9A-F]{2}:){31}[0-9A-F]{2}")) {
                throw new io.migcal.model.BadInputException("TLS fingerprint must be a SHA-256 fingerprint "
                        + "(64 hex digits, colons optional), as 'pvenode cert info' prints it");
            }
        }

        static String normalize(String text) {
            String hex = text.replace(":", "").replace(" ", "").toUpperCase(Locale.ROOT);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < hex.length(); i += 2) {
                sb.append(i == 0 ? "" : ":").append(hex, i, Math.min(i + 2, hex.length()));
            }
            return sb.toString();
        }
    }

    /** Trust the CA certificates in a PEM file; the host name must then match the certificate. */
    record CaPemFile(Path file) implements TlsTrust {
        public CaPemFile {
            Objects.requireNonNull(file, "file");
        }
    }

    /** Verify nothing. Only for throw-away labs; the harness warns every time it is used. */
    record InsecureSkipVerify() implements TlsTrust {
    }
}
