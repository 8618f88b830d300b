package io.migcal.harness.lab.api;

import java.util.Map;

/**
 * One API method. Returns the whole JSON body ({@code {"data": ...}} and any siblings), or throws a
 * {@link io.migcal.harness.lab.state.LabException} that the router turns into Proxmox's error reply.
 */
@FunctionalInterface
public interface ApiHandler {

    Map<String, Object> handle(ApiCall call);

    /** The usual body: {@code {"data": value}} (value may be null). */
    static Map<String, Object> data(Object value) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("data", value);
        return body;
    }
}
