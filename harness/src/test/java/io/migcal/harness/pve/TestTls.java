package io.migcal.harness.pve;

import okhttp3.mockwebserver.MockWebServer;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;

/** A cluster CA and a node certificate signed by it, as a Proxmox node presents on port 8006. */
final class TestTls {
    final HeldCertificate clusterCa = new HeldCertificate.Builder()
            .commonName("Proxmox Virtual Environment").organizationalUnit("PVE Cluster Manager CA")
            .certificateAuthority(0).build();
    final HeldCertificate node = new HeldCertificate.Builder()
            .commonName("pve1.lab").addSubjectAlternativeName("localhost").addSubjectAlternativeName("127.0.0.1")
            .signedBy(clusterCa).build();

    void serve(MockWebServer server) {
        HandshakeCertificates serverCertificates = new HandshakeCertificates.Builder()
                .heldCertificate(node, clusterCa.certificate()).build();
        server.useHttps(serverCertificates.sslSocketFactory(), false);
    }

    /** Computed here with okio, independently of the code under test: upper-case hex pairs, colons. */
    String nodeFingerprint() throws Exception {
        String hex = okio.ByteString.of(node.certificate().getEncoded()).sha256().hex().toUpperCase(java.util.Locale.ROOT);
        return hex.replaceAll("(..)(?!$)", "$1:");
    }

    String caPem() {
        return clusterCa.certificatePem();
    }
}
