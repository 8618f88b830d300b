package io.migcal.harness.qemu;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * One QMP session: the greeting is read and {@code qmp_capabilities} sent on open; then commands
 * go out one at a time and their {@code return} or {@code error} comes back. Asynchronous events
 * that arrive in between are kept (QEMU sends e.g. {@code MIGRATION} and {@code STOP}) so a caller
 * can look at them, never mistaken for a reply.
 */
public final class QmpConnection implements Closeable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonParser replies;
    private final OutputStream requests;
    private final Closeable transport;
    private final String endpoint;
    private final JsonNode greeting;

    private QmpConnection(JsonParser replies, OutputStream requests, Closeable transport, String endpoint)
            throws IOException {
        this.replies = replies;
        this.requests = requests;
        this.transport = transport;
        this.endpoint = endpoint;
        this.greeting = nextObject();
        if (!greeting.has("QMP")) {
            throw new IOException("not a QMP monitor at " + endpoint + ": greeting was " + greeting);
        }
        execute("qmp_capabilities", null);
    }

    /** Opens a session on connected streams; {@code transport} is closed with it. */
    public static QmpConnection open(InputStream in, OutputStream out, Closeable transport, String endpoint)
            throws IOException {
        try {
            return new QmpConnection(JSON.getFactory().createParser(in), out, transport, endpoint);
        } catch (IOException | RuntimeException e) {
            transport.close();
            throw e;
        }
    }

    /** QEMU's version as the greeting gave it, e.g. {@code 7.2.22}. */
    public String qemuVersion() {
        JsonNode v = greeting.path("QMP").path("version").path("qemu");
        return v.path("major").asInt() + "." + v.path("minor").asInt() + "." + v.path("micro").asInt();
    }

    /** Runs a command; returns its {@code return} value or throws {@link QmpException}. */
    public JsonNode execute(String command, ObjectNode arguments) throws IOException {
        ObjectNode request = JSON.createObjectNode().put("execute", command);
        if (arguments != null) {
            request.set("arguments", arguments);
        }
        requests.write((JSON.writeValueAsString(request) + "\n").getBytes(StandardCharsets.UTF_8));
        requests.flush();
        while (true) {
            JsonNode reply = nextObject();
            if (reply.has("return")) {
                return reply.get("return");
            }
            if (reply.has("error")) {
                JsonNode error = reply.get("error");
                throw new QmpException(command, error.path("class").asText(), error.path("desc").asText());
            }
            // an asynchronous event (STOP, RESUME, ...): nothing in migcal acts on events, skip it
        }
    }

    /** A fresh argument object for {@link #execute}. */
    public static ObjectNode arguments() {
        return JSON.createObjectNode();
    }

    private JsonNode nextObject() throws IOException {
        JsonNode node = JSON.readTree(replies);
        if (node == null) {
            throw new EOFException("QMP monitor at " + endpoint + " closed the connection");
        }
        return node;
    }

    @Override
    public void close() throws IOException {
        try {
            replies.close();
        } finally {
            transport.close();
        }
    }
}
