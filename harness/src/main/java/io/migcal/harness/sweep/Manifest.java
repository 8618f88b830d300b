package io.migcal.harness.sweep;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * Everything that defined a run, written beside its measurements: the config (secrets only as
 * references), versions of migcal, the JDK and the lab, the seed and order, the context columns,
 * when it started, was resumed and ended, and how. Times are ISO-8601 UTC text.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Manifest(
        String runId,
        String migcalVersion,
        String jdk,
        Map<String, String> labVersions,
        long seed,
        String order,
        int samplesPlanned,
        List<String> contextColumns,
        Double timeCompression,
        String startedAt,
        List<String> resumedAt,
        String endedAt,
        String ending,
        String endMessage,
        JsonNode config) {

    public Manifest {
        labVersions = labVersions == null ? Map.of() : Map.copyOf(labVersions);
        contextColumns = contextColumns == null ? List.of() : List.copyOf(contextColumns);
        resumedAt = resumedAt == null ? List.of() : List.copyOf(resumedAt);
    }

    Manifest resumed(String at) {
        List<String> all = new java.util.ArrayList<>(resumedAt);
        all.add(at);
        return new Manifest(runId, migcalVersion, jdk, labVersions, seed, order, samplesPlanned, contextColumns,
                timeCompression, startedAt, all, null, null, null, config);
    }

    Manifest ended(String at, SweepOutcome outcome) {
        return new Manifest(runId, migcalVersion, jdk, labVersions, seed, order, samplesPlanned, contextColumns,
                timeCompression, startedAt, resumedAt, at, outcome.ending().name().toLowerCase(java.util.Locale.ROOT),
                outcome.message(), config);
    }
}
