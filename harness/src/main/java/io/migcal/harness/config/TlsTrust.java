package io.migcal.harness.config;

import io.migcal.model.BadInputException;

/**
 * Which API certificate to trust: the cluster CA ({@code /etc/pve/pve-root-ca.pem} copied locally)
 * or a SHA-256 fingerprint pin. Turning verification off is possible only by saying so loudly.
 */
public record TlsTrust(String caFile, String fingerprintSha256, Boolean insecureSkipVerify) {

    public TlsTrust {
        insecureSkipVerify = Boolean.TRUE.equals(insecureSkipVerify);
        boolean hasCa = caFile != null && !caFile.isBlank();
        boolean hasPin = fingerprintSha256 != null && !fingerprintSha256.isBlank();
        if (!hasCa && !hasPin && !insecureSkipVerify) {
            throw new BadInputException("give 'ca_file' (the cluster CA) or 'fingerprint_sha256' (AA:BB:...) "
                    + "so the API certificate can be verified");
        }
        if (hasPin && !fingerprintSha256.strip().matches("(?i)([0-9a-f]{2}:){31}[0-9a-f]{2}")) {
            throw new BadInputException("'fingerprint_sha256' must be 32 hex bytes separated by ':' "
                    + "(as 'pvenode cert info' prints it)");
        }
    }
}
