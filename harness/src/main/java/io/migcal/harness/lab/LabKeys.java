package io.migcal.harness.lab;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.util.security.SecurityUtils;

/**
 * The SSH client identity the lab hands to its users: an ECDSA key pair in OpenSSH format
 * ({@code ssh/id_ecdsa}, mode 600), authorised on every endpoint together with any keys listed in
 * {@code ssh/authorized_keys}. Created once and reused.
 */
final class LabKeys {
    static final String PRIVATE_KEY = "id_ecdsa";

    private final Path privateKeyFile;
    private final List<PublicKey> authorized;

    private LabKeys(Path privateKeyFile, List<PublicKey> authorized) {
        this.privateKeyFile = privateKeyFile;
        this.authorized = List.copyOf(authorized);
    }

    static LabKeys loadOrCreate(Path sshDir) throws IOException, GeneralSecurityException {
        Files.createDirectories(sshDir);
        Path privateKey = sshDir.resolve(PRIVATE_KEY);
        KeyPair pair = Files.exists(privateKey) ? load(privateKey) : create(privateKey);
        List<PublicKey> keys = new ArrayList<>();
        keys.add(pair.getPublic());
        Path extra = sshDir.resolve("authorized_keys");
        if (Files.exists(extra)) {
            for (AuthorizedKeyEntry entry : AuthorizedKeyEntry.readAuthorizedKeys(extra)) {
                keys.add(entry.resolvePublicKey(null, PublicKeyEntryResolver.IGNORING));
            }
        }
        return new LabKeys(privateKey, keys);
    }

    private static KeyPair create(Path privateKey) throws IOException, GeneralSecurityException {
        KeyPair pair = KeyUtils.generateKeyPair("ecdsa-sha2-nistp256", 256);
        Files.createFile(privateKey, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try (OutputStream out = Files.newOutputStream(privateKey)) {
            OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(pair, "migcal-virtual-lab", null, out);
        }
        Files.writeString(privateKey.resolveSibling(PRIVATE_KEY + ".pub"),
                PublicKeyEntry.toString(pair.getPublic()) + " migcal-virtual-lab\n", StandardCharsets.US_ASCII);
        return pair;
    }

    private static KeyPair load(Path privateKey) throws IOException, GeneralSecurityException {
        try (InputStream in = Files.newInputStream(privateKey)) {
            return SecurityUtils.loadKeyPairIdentities(null, privateKey::toString, in, null).iterator().next();
        }
    }

    Path privateKeyFile() {
        return privateKeyFile;
    }

    List<PublicKey> authorizedKeys() {
        return authorized;
    }
}
