package io.migcal.harness.lab.api;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The lab's login secrets: the root@pam password (for tickets) and one API token
 * {@code root@pam!migcal} with its UUID secret, as {@code pveum user token add} prints it.
 */
public record ApiCredentials(String user, String password, String tokenId, String tokenSecret) {

    public static ApiCredentials generate(SecureRandom random) {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        return new ApiCredentials("root@pam", HexFormat.of().formatHex(bytes), "root@pam!migcal",
                new UUID(random.nextLong(), random.nextLong()).toString());
    }

    @Override
    public String toString() {
        return "ApiCredentials[user=" + user + ", tokenId=" + tokenId + ", secrets hidden]";
    }
}
