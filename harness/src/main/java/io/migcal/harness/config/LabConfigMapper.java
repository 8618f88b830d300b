package io.migcal.harness.config;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;

/**
 * The one Jackson setup for lab configs: snake_case keys, strict (unknown keys, duplicate keys,
 * numbers given as text or missing primitives are errors), secrets read and written as references.
 */
public final class LabConfigMapper {
    private LabConfigMapper() {
    }

    /** Reads and writes lab YAML. */
    public static ObjectMapper yaml() {
        return configure(YAMLMapper.builder(new YAMLFactory())).build();
    }

    /** Reads and writes the same records as JSON (the manifest's {@code config} section). */
    public static ObjectMapper json() {
        return configure(JsonMapper.builder()).build();
    }

    private static <M extends ObjectMapper, B extends com.fasterxml.jackson.databind.cfg.MapperBuilder<M, B>> B
            configure(B builder) {
        return builder
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .addModule(secretsByReference())
                .addModule(TlsTrustBinding.module());
    }

    private static SimpleModule secretsByReference() {
        SimpleModule module = new SimpleModule("migcal-secrets");
        module.addDeserializer(Secret.class, new JsonDeserializer<>() {
            @Override
            public Secret deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                return Secret.of(parser.getValueAsString(""));
            }
        });
        module.addSerializer(Secret.class, new JsonSerializer<>() {
            @Override
            public void serialize(Secret secret, JsonGenerator generator, SerializerProvider provider)
                    throws IOException {
                generator.writeString(secret.reference());
            }
        });
        return module;
    }
}
