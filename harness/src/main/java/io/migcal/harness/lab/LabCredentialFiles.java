package io.migcal.harness.lab;

import io.migcal.harness.lab.api.ApiCredentials;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;

/**
 * The API secrets on disk ({@code api/password}, {@code api/token-secret}, mode 600), created once so a
 * restarted lab accepts the same credentials.
 */
final class LabCredentialFiles {
    private final Path passwordFile;
    private final Path tokenSecretFile;

    LabCredentialFiles(Path apiDir) {
        this.passwordFile = apiDir.resolve("password");
        this.tokenSecretFile = apiDir.resolve("token-secret");
    }

    ApiCredentials loadOrCreate() throws IOException {
        ApiCredentials fresh = ApiCredentials.generate(new SecureRandom());
        Files.createDirectories(passwordFile.getParent());
        String password = readOrWrite(passwordFile, fresh.password());
        String secret = readOrWrite(tokenSecretFile, fresh.tokenSecret());
        return new ApiCredentials(fresh.user(), password, fresh.tokenId(), secret);
    }

    private static String readOrWrite(Path file, String value) throws IOException {
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        }
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, value + "\n", StandardCharsets.UTF_8);
        return value;
    }

    Path passwordFile() {
        return passwordFile;
    }

    Path tokenSecretFile() {
        return tokenSecretFile;
    }
}
