package io.migcal.harness.lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * A minimal Proxmox API client for tests: OkHttp trusting exactly the certificate whose SHA-256
 * fingerprint the lab's descriptor names, authenticating with the token or a ticket.
 */
final class PinnedApiClient {
    record Reply(int code, String reason, JsonNode body) {
    }

    private final OkHttpClient http;
    private final String baseUrl;
    private final ObjectMapper json = new ObjectMapper();
    private String authorization;
    private String cookie;
    private String csrf;

    PinnedApiClient(LabDescriptor lab) throws Exception {
        X509TrustManager pin = new FingerprintTrustManager(lab.tlsFingerprintSha256());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, new TrustManager[] {pin}, null);
        this.http = new OkHttpClient.Builder().sslSocketFactory(tls.getSocketFactory(), pin).build();
        this.baseUrl = lab.apiBaseUrl();
    }

    PinnedApiClient withToken(LabDescriptor lab) throws IOException {
        authorization = "PVEAPIToken=" + lab.apiTokenId() + "=" + Files.readString(Path.of(lab.apiTokenSecretFile())).strip();
        return this;
    }

    PinnedApiClient withTicket(LabDescriptor lab) throws IOException {
        String password = Files.readString(Path.of(lab.apiPasswordFile())).strip();
        Reply login = post("/access/ticket", Map.of("username", lab.apiUser(), "password", password));
        cookie = "PVEAuthCookie=" + login.body().path("data").path("ticket").asText();
        csrf = login.body().path("data").path("CSRFPreventionToken").asText();
        return this;
    }

    PinnedApiClient withAuthorization(String header) {
        authorization = header;
        return this;
    }

    PinnedApiClient withoutCsrf() {
        csrf = null;
        return this;
    }

    Reply get(String path) throws IOException {
        return send(new Request.Builder().url(baseUrl + path).get());
    }

    Reply post(String path, Map<String, String> form) throws IOException {
        FormBody.Builder body = new FormBody.Builder();
        form.forEach(body::add);
        return send(new Request.Builder().url(baseUrl + path).post(body.build()));
    }

    Reply delete(String path) throws IOException {
        return send(new Request.Builder().url(baseUrl + path).delete());
    }

    private Reply send(Request.Builder request) throws IOException {
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        if (csrf != null) {
            request.header("CSRFPreventionToken", csrf);
        }
        try (Response response = http.newCall(request.build()).execute()) {
            String text = response.body() == null ? "" : response.body().string();
            return new Reply(response.code(), response.message(), text.isEmpty() ? json.nullNode() : json.readTree(text));
        }
    }

    /** Trusts one leaf certificate, identified by its SHA-256 fingerprint, as Proxmox clients pin nodes. */
    static final class FingerprintTrustManager implements X509TrustManager {
        private final String fingerprint;

        FingerprintTrustManager(String fingerprint) {
            this.fingerprint = fingerprint;
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(chain[0].getEncoded());
                StringJoiner hex = new StringJoiner(":");
                for (byte b : digest) {
                    hex.add(HexFormat.of().toHexDigits(b).toUpperCase(Locale.ROOT));
                }
                if (!hex.toString().equals(fingerprint)) {
                    throw new CertificateException("fingerprint mismatch: " + hex);
                }
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new CertificateException(e);
            }
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("no client certificates");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
