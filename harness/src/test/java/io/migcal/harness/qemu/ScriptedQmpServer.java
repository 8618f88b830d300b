package io.migcal.harness.qemu;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A QMP monitor on a real Unix socket that speaks QEMU's wire format (greeting, capabilities
 * negotiation, one JSON object per line ending in CRLF, {@code return}/{@code error} replies and
 * timestamped events) and answers each command from a script. It records every request it got.
 */
final class ScriptedQmpServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final String GREETING = "{\"QMP\": {\"version\": {\"qemu\": {\"micro\": 22, \"minor\": 2, \"major\": 7},"
            + " \"package\": \"Debian 1:7.2+dfsg-7+deb12u18+b3\"}, \"capabilities\": [\"oob\"]}}";

    private final Path socket;
    private final ServerSocketChannel server;
    private final Map<String, Deque<String>> replies = new HashMap<>();
    private final List<JsonNode> requests = Collections.synchronizedList(new ArrayList<>());
    private final Thread acceptor;

    ScriptedQmpServer(Path dir, String name) throws IOException {
        socket = dir.resolve(name + ".qmp");
        Files.deleteIfExists(socket);
        server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        acceptor = new Thread(this::serve, "scripted-qmp-" + name);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    UnixSocketQmpEndpoint endpoint() {
        return new UnixSocketQmpEndpoint(socket);
    }

    /** Queues raw reply lines for a command; the last one queued repeats once the others are used. */
    synchronized ScriptedQmpServer on(String command, String... replyLines) {
        replies.computeIfAbsent(command, c -> new ArrayDeque<>()).addAll(List.of(replyLines));
        return this;
    }

    List<JsonNode> requests() {
        return List.copyOf(requests);
    }

    List<String> commands() {
        return requests().stream().map(r -> r.path("execute").asText()).toList();
    }

    private void serve() {
        while (server.isOpen()) {
            try (SocketChannel client = server.accept()) {
                converse(client);
            } catch (IOException e) {
                // the client went away or the server closed: wait for the next one
            }
        }
    }

    private void converse(SocketChannel client) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(Channels.newInputStream(client), StandardCharsets.UTF_8));
        OutputStream out = Channels.newOutputStream(client);
        send(out, GREETING);
        String line;
        while ((line = in.readLine()) != null) {
            JsonNode request = JSON.readTree(line);
            requests.add(request);
            String command = request.path("execute").asText();
            for (String reply : nextReplies(command)) {
                send(out, reply);
            }
        }
    }

    /** One scripted entry may hold several lines separated by newlines (events before a reply). */
    private synchronized String[] nextReplies(String command) {
        if (command.equals("qmp_capabilities")) {
            return new String[] {"{\"return\": {}}"};
        }
        Deque<String> queue = replies.get(command);
        if (queue == null || queue.isEmpty()) {
            return new String[] {"{\"error\": {\"class\": \"CommandNotFound\", \"desc\": \"The command " + command
                    + " has not been found\"}}"};
        }
        String entry = queue.size() > 1 ? queue.poll() : queue.peek();
        return entry.split("\n");
    }

    private static void send(OutputStream out, String json) throws IOException {
        out.write((json + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
        Files.deleteIfExists(socket);
    }
}
