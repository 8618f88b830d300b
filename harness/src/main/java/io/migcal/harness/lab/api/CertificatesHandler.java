package io.migcal.harness.lab.api;

import io.migcal.harness.lab.https.LabCertificates;
import java.security.cert.X509Certificate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code GET /nodes/{node}/certificates/info}: the node certificate with its SHA-256 fingerprint. */
final class CertificatesHandler implements ApiHandler {
    private final LabCertificates certificates;

    CertificatesHandler(LabCertificates certificates) {
        this.certificates = certificates;
    }

    @Override
    public Map<String, Object> handle(ApiCall call) {
        X509Certificate cert = certificates.nodeCertificate();
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("filename", LabCertificates.CERT_FILE);
        info.put("fingerprint", certificates.sha256Fingerprint());
        info.put("subject", cert.getSubjectX500Principal().getName());
        info.put("issuer", cert.getIssuerX500Principal().getName());
        info.put("notbefore", cert.getNotBefore().toInstant().getEpochSecond());
        info.put("notafter", cert.getNotAfter().toInstant().getEpochSecond());
        info.put("san", List.of("127.0.0.1", "localhost", call.path("node")));
        info.put("public-key-type", "id-ecPublicKey");
        info.put("public-key-bits", 256);
        info.put("pem", certificates.nodeCertificatePem());
        return ApiHandler.data(List.of(info));
    }
}
