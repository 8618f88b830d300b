package io.migcal.harness.config;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.migcal.model.BadInputException;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;

/**
 * The {@code proxmox.tls} section as YAML ({@code ca_file}, {@code fingerprint_sha256},
 * {@code insecure_skip_verify}) and back, so configs and manifests spell the one {@link TlsTrust}.
 */
final class TlsTrustBinding {
    private static final String CA = "ca_file";
    private static final String PIN = "fingerprint_sha256";
    private static final String INSECURE = "insecure_skip_verify";

    private TlsTrustBinding() {
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("migcal-tls-trust");
        module.addDeserializer(TlsTrust.class, new JsonDeserializer<>() {
            @Override
            public TlsTrust deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                return read(context.readTree(parser));
            }
        });
        module.addSerializer(TlsTrust.class, new JsonSerializer<>() {
            @Override
            public void serialize(TlsTrust trust, JsonGenerator out, SerializerProvider provider) throws IOException {
                out.writeStartObject();
                if (trust instanceof TlsTrust.PinnedSha256 pin) {
                    out.writeStringField(PIN, pin.fingerprint());
                } else if (trust instanceof TlsTrust.CaPemFile ca) {
                    out.writeStringField(CA, ca.file().toString());
                } else {
                    out.writeBooleanField(INSECURE, true);
                }
                out.writeEndObject();
            }
        });
        return module;
    }

    private static TlsTrust read(JsonNode tls) {
        if (tls == null || !tls.isObject()) {
            throw new BadInputException("proxmox.tls must be a mapping with one of " + CA + ", " + PIN + ", " + INSECURE);
        }
        for (Iterator<String> keys = tls.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (!List.of(CA, PIN, INSECURE).contains(key)) {
                throw new BadInputException("unknown key 'proxmox.tls." + key + "' (known: " + CA + ", " + PIN + ", " + INSECURE + ")");
            }
        }
        JsonNode insecure = tls.path(INSECURE);
        if (!insecure.isMissingNode() && !insecure.isBoolean()) {
            throw new BadInputException("proxmox.tls." + INSECURE + " must be true or false");
        }
        return TlsTrust.fromConfig(text(tls, CA), text(tls, PIN), insecure.asBoolean(false));
    }

    private static String text(JsonNode tls, String key) {
        JsonNode value = tls.path(key);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }
}
