package io.migcal.harness.config;

import io.migcal.model.BadInputException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * How the harness trusts a Proxmox node's HTTPS certificate, the one rule for configs and code alike:
 * pin the SHA-256 fingerprint of the node's leaf certificate ({@code pvenode cert info}), trust a CA
 * file (the cluster's {@code /etc/pve/pve-root-ca.pem}), or, only when explicitly and loudly asked
 * for, nothing at all. Exactly one of the three; none or several is bad input, because silently
 * picking one would hide a mistake. In the lab YAML it is the {@code proxmox.tls} section.
 */
public sealed interface TlsTrust {

    /** The trust named by exactly one of the three options, as a config or command line gives them. */
    static TlsTrust choose(String fingerprint, Path caPemFile, boolean insecureSkipTlsVerify) {
        boolean hasPin = fingerprint != null && !fingerprint.isBlank();
        int chosen = (hasPin ? 1 : 0) + (caPemFile != null ? 1 : 0) + (insecureSkipTlsVerify ? 1 : 0);
        if (chosen != 1) {
            throw new BadInputException("proxmox.tls: give exactly one of 'fingerprint_sha256' (the node certificate's "
                    + "SHA-256, from 'pvenode cert info'), 'ca_file' (a copy of /etc/pve/pve-root-ca.pem) or "
                    + "'insecure_skip_verify: true' (got " + chosen + ")");
        }
        if (hasPin) {
            return new PinnedSha256(fingerprint);
        }
        return caPemFile != null ? new CaPemFile(caPemFile) : new InsecureSkipVerify();
    }

    /** As {@link #choose}, from the YAML's texts ({@code ca_file} may start with {@code ~/}). */
    static TlsTrust fromConfig(String caFile, String fingerprintSha256, Boolean insecureSkipVerify) {
        Path ca = caFile == null || caFile.isBlank() ? null : LocalPath.of(caFile);
        return choose(fingerprintSha256, ca, Boolean.TRUE.equals(insecureSkipVerify));
    }

    /** A leaf-certificate SHA-256 pin; accepts {@code AA:BB:...} or plain hex, any case. */
    record PinnedSha256(String fingerprint) implements TlsTrust {
        public PinnedSha256 {
            Objects.requireNonNull(fingerprint, "fingerprint");
            fingerprint = normalize(fingerprint);
            if (!fingerprint.matches("([0-9A-F]{2}:){31}[0-9A-F]{2}")) {
                throw new BadInputException("'fingerprint_sha256' must be a SHA-256 fingerprint "
                        + "(64 hex digits, colons optional), as 'pvenode cert info' prints it");
            }
        }

        static String normalize(String text) {
            String hex = text.strip().replace(":", "").replace(" ", "").toUpperCase(Locale.ROOT);
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
