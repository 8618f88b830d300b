package io.migcal.harness.pve;

import io.migcal.harness.config.TlsTrust;

import io.migcal.model.BadInputException;
import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * One Proxmox API endpoint ({@code https://node:8006}); any node proxies calls for the whole cluster.
 * The base URL may be given with or without the {@code /api2/json} suffix.
 */
public record PveEndpoint(HttpUrl apiBase, TlsTrust trust) {

    public PveEndpoint {
        Objects.requireNonNull(apiBase, "apiBase");
        Objects.requireNonNull(trust, "trust");
    }

    public static PveEndpoint of(String baseUrl, TlsTrust trust) {
        HttpUrl url = HttpUrl.parse(baseUrl);
        if (url == null || !url.isHttps()) {
            throw new BadInputException("Proxmox URL must be https://HOST:8006 (got '" + baseUrl + "')");
        }
        String path = url.encodedPath().replaceAll("/+$", "");
        if (!path.endsWith("/api2/json")) {
            url = url.newBuilder().encodedPath(path + "/api2/json").build();
        } else {
            url = url.newBuilder().encodedPath(path).build();
        }
        return new PveEndpoint(url, trust);
    }

    /** The URL of an API path given as raw (unencoded) segments, e.g. {@code "nodes", node, "tasks", upid}. */
    HttpUrl url(String... segments) {
        HttpUrl.Builder builder = apiBase.newBuilder();
        for (String segment : segments) {
            builder.addPathSegment(segment);
        }
        return builder.build();
    }

    /** {@code host:port}, for messages. */
    public String describe() {
        return apiBase.host() + ":" + apiBase.port();
    }
}
