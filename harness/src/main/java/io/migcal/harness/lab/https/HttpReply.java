package io.migcal.harness.lab.https;

import java.nio.charset.StandardCharsets;

/**
 * A response: status code, reason phrase (Proxmox puts error texts there) and a JSON body.
 */
public record HttpReply(int status, String reason, byte[] body) {

    public static HttpReply json(int status, String reason, String json) {
        return new HttpReply(status, reason, json.getBytes(StandardCharsets.UTF_8));
    }

    /** The reason phrase as it may go on a status line: one line, no control characters. */
    String safeReason() {
        String oneLine = reason.replaceAll("[\\r\\n\\t]+", " ").strip();
        return oneLine.isEmpty() ? "OK" : oneLine;
    }
}
