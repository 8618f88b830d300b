package io.migcal.harness.lab.https;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import javax.net.ssl.SSLContext;

/**
 * A small HTTP/1.1 server over TLS on 127.0.0.1, with keep-alive and Content-Length bodies. It exists
 * because Proxmox VE reports API errors in the HTTP reason phrase and the JDK's HttpsServer cannot set
 * one; clients must be tested against exactly that.
 */
public final class TinyHttpsServer implements AutoCloseable {
    private static final int MAX_BODY_BYTES = 1 << 20;
    private static final int IDLE_TIMEOUT_MS = 30_000;

    private final ServerSocket serverSocket;
    private final Function<HttpExchange, HttpReply> handler;
    private final ExecutorService connections = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "vlab-https");
        t.setDaemon(true);
        return t;
    });

    private TinyHttpsServer(ServerSocket serverSocket, Function<HttpExchange, HttpReply> handler) {
        this.serverSocket = serverSocket;
        this.handler = handler;
    }

    /** Listens on 127.0.0.1:{@code port} (0 = any free port). */
    public static TinyHttpsServer start(int port, SSLContext tls, Function<HttpExchange, HttpReply> handler)
            throws IOException {
        ServerSocket socket = tls.getServerSocketFactory().createServerSocket(port, 50, InetAddress.getLoopbackAddress());
        TinyHttpsServer server = new TinyHttpsServer(socket, handler);
        Thread acceptor = new Thread(server::acceptLoop, "vlab-https-accept");
        acceptor.setDaemon(true);
        acceptor.start();
        return server;
    }

    public int port() {
        return serverSocket.getLocalPort();
    }

    private void acceptLoop() {
        while (!serverSocket.isClosed()) {
            try {
                Socket client = serverSocket.accept();
                connections.execute(() -> serve(client));
            } catch (IOException e) {
                // closed while accepting: the loop ends
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            client.setSoTimeout(IDLE_TIMEOUT_MS);
            // clients poll task status many times a second of lab time: no Nagle delay on replies
            client.setTcpNoDelay(true);
            InputStream in = new BufferedInputStream(client.getInputStream());
            OutputStream out = client.getOutputStream();
            boolean keepAlive = true;
            while (keepAlive) {
                String requestLine = readLine(in);
                if (requestLine == null || requestLine.isEmpty()) {
                    return;
                }
                Map<String, String> headers = readHeaders(in);
                keepAlive = !"close".equalsIgnoreCase(headers.get("connection"));
                HttpExchange exchange = parse(requestLine, headers, in);
                HttpReply reply = exchange == null ? HttpReply.json(400, "Bad Request", "{\"data\":null}")
                        : handler.apply(exchange);
                write(out, reply, keepAlive);
            }
        } catch (IOException | RuntimeException e) {
            // a client that hangs up, fails the TLS handshake or sends garbage ends its own connection
        }
    }

    private static HttpExchange parse(String requestLine, Map<String, String> headers, InputStream in)
            throws IOException {
        String[] parts = requestLine.split(" ");
        if (parts.length != 3) {
            return null;
        }
        int length = Integer.parseInt(headers.getOrDefault("content-length", "0").strip());
        if (length < 0 || length > MAX_BODY_BYTES) {
            return null;
        }
        String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
        String target = parts[1];
        int q = target.indexOf('?');
        String path = q < 0 ? target : target.substring(0, q);
        Map<String, String> query = HttpExchange.parseParameters(q < 0 ? "" : target.substring(q + 1));
        String type = headers.getOrDefault("content-type", "");
        Map<String, String> form = type.startsWith("application/x-www-form-urlencoded")
                ? HttpExchange.parseParameters(body) : Map.of();
        return new HttpExchange(parts[0], path, query, headers, form);
    }

    private static Map<String, String> readHeaders(InputStream in) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line = readLine(in); line != null && !line.isEmpty(); line = readLine(in)) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
            }
        }
        return headers;
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                return line.toString(StandardCharsets.ISO_8859_1).replaceFirst("\r$", "");
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }

    private static void write(OutputStream out, HttpReply reply, boolean keepAlive) throws IOException {
        String head = "HTTP/1.1 " + reply.status() + " " + reply.safeReason() + "\r\n"
                + "Server: pve-api-daemon/3.0\r\n"
                + "Date: " + DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC)) + "\r\n"
                + "Content-Type: application/json;charset=UTF-8\r\n"
                + "Cache-Control: max-age=0\r\n"
                + "Content-Length: " + reply.body().length + "\r\n"
                + "Connection: " + (keepAlive ? "Keep-Alive" : "close") + "\r\n\r\n";
        // one write, one TLS record: a head and a body written apart wait for the client's delayed ACK
        byte[] headBytes = head.getBytes(StandardCharsets.ISO_8859_1);
        byte[] whole = java.util.Arrays.copyOf(headBytes, headBytes.length + reply.body().length);
        System.arraycopy(reply.body(), 0, whole, headBytes.length, reply.body().length);
        out.write(whole);
        out.flush();
    }

    @Override
    public void close() {
        try {
            serverSocket.close();
        } catch (IOException ignored) {
            // already closed
        }
        connections.shutdownNow();
    }
}
