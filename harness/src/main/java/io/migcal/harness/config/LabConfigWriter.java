package io.migcal.harness.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/** Writes a lab config as YAML that {@link LabConfigLoader} reads back to the same value. */
public final class LabConfigWriter {
    private LabConfigWriter() {
    }

    public static String toYaml(LabConfig config, String headerComment) {
        YAMLMapper mapper = (YAMLMapper) LabConfigMapper.yaml();
        mapper.getFactory().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR);
        try {
            StringBuilder text = new StringBuilder();
            headerComment.lines().forEach(line -> text.append("# ").append(line).append('\n'));
            return text.append(mapper.writeValueAsString(config)).toString();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a lab config could not be written as YAML: " + e.getMessage(), e);
        }
    }
}
