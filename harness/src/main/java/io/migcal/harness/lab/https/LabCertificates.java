package io.migcal.harness.lab.https;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import javax.net.ssl.SSLContext;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;

/**
 * The lab's TLS material, made like a Proxmox cluster's: a self-signed cluster CA
 * ({@code pve-root-ca.pem}) and a node certificate signed by it ({@code pve-ssl.pem}) for 127.0.0.1
 * and localhost (ECDSA P-256 keys, quick to make; Proxmox uses RSA 2048, which changes nothing for
 * pinning or trust). Kept in the state directory so a pinned fingerprint survives restarts.
 */
public final class LabCertificates {
    public static final String CA_FILE = "pve-root-ca.pem";
    public static final String CERT_FILE = "pve-ssl.pem";
    private static final String CA_KEY_FILE = "pve-root-ca.key";
    private static final String KEY_FILE = "pve-ssl.key";

    private final HeldCertificate ca;
    private final HeldCertificate node;
    private final Path directory;

    private LabCertificates(HeldCertificate ca, HeldCertificate node, Path directory) {
        this.ca = ca;
        this.node = node;
        this.directory = directory;
    }

    /** Loads the certificates from {@code directory}, or creates and writes them there. */
    public static LabCertificates loadOrCreate(Path directory, List<String> nodeNames) throws IOException {
        Files.createDirectories(directory);
        Path caKey = directory.resolve(CA_KEY_FILE);
        Path nodeKey = directory.resolve(KEY_FILE);
        if (Files.exists(caKey) && Files.exists(nodeKey)) {
            return new LabCertificates(HeldCertificate.decode(Files.readString(caKey)),
                    HeldCertificate.decode(Files.readString(nodeKey)), directory);
        }
        HeldCertificate ca = new HeldCertificate.Builder().certificateAuthority(0)
                .commonName("Proxmox Virtual Environment").organizationalUnit("PVE Cluster Manager CA")
                .duration(3650, java.util.concurrent.TimeUnit.DAYS).build();
        HeldCertificate.Builder leaf = new HeldCertificate.Builder().signedBy(ca)
                .commonName(nodeNames.get(0) + ".migcal.lab").organizationalUnit("PVE Cluster Node")
                .addSubjectAlternativeName("127.0.0.1").addSubjectAlternativeName("localhost")
                .duration(730, java.util.concurrent.TimeUnit.DAYS);
        nodeNames.forEach(leaf::addSubjectAlternativeName);
        HeldCertificate node = leaf.build();
        Files.writeString(caKey, ca.certificatePem() + ca.privateKeyPkcs8Pem(), StandardCharsets.US_ASCII);
        Files.writeString(nodeKey, node.certificatePem() + node.privateKeyPkcs8Pem(), StandardCharsets.US_ASCII);
        Files.writeString(directory.resolve(CA_FILE), ca.certificatePem(), StandardCharsets.US_ASCII);
        Files.writeString(directory.resolve(CERT_FILE), node.certificatePem(), StandardCharsets.US_ASCII);
        return new LabCertificates(ca, node, directory);
    }

    public SSLContext serverContext() {
        return new HandshakeCertificates.Builder().heldCertificate(node, ca.certificate()).build().sslContext();
    }

    public X509Certificate nodeCertificate() {
        return node.certificate();
    }

    public String nodeCertificatePem() {
        return node.certificatePem();
    }

    public Path caPemFile() {
        return directory.resolve(CA_FILE);
    }

    public Path certPemFile() {
        return directory.resolve(CERT_FILE);
    }

    /** SHA-256 of the node certificate, colon-separated upper-case hex, as {@code pvenode cert info} prints it. */
    public String sha256Fingerprint() {
        return fingerprint(node.certificate());
    }

    static String fingerprint(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            StringJoiner joined = new StringJoiner(":");
            for (byte b : digest) {
                joined.add(HexFormat.of().withUpperCase().toHexDigits(b));
            }
            return joined.toString().toUpperCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("cannot fingerprint the lab certificate", e);
        }
    }
}
