package io.migcal.harness.sweep;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * Everything that defined a run, written beside its measurements: the config (secrets only as
 * references), versions of migcal, the JDK and the lab, the seed and order, the context columns,
 * when it started, was resumed and ended, and how, and the RTT levels added to it since
 * ({@code sweep --refine}; the config stays the one the run was started with). Times are ISO-8601 UTC text.
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
        JsonNode config,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Refinement> refinements) {

    public Manifest {
        labVersions = labVersions == null ? Map.of() : Map.copyOf(labVersions);
        contextColumns = contextColumns == null ? List.of() : List.copyOf(contextColumns);
        resumedAt = resumedAt == null ? List.of() : List.copyOf(resumedAt);
        refinements = refinements == null ? List.of() : List.copyOf(refinements);
    }

    Manifest resumed(String at) {
        List<String> all = new java.util.ArrayList<>(resumedAt);
        all.add(at);
        return new Manifest(runId, migcalVersion, jdk, labVersions, seed, order, samplesPlanned, contextColumns,
                timeCompression, startedAt, all, null, null, null, config, refinements);
    }

    Manifest ended(String at, SweepOutcome outcome) {
        return new Manifest(runId, migcalVersion, jdk, labVersions, seed, order, samplesPlanned, contextColumns,
                timeCompression, startedAt, resumedAt, at, outcome.ending().name().toLowerCase(java.util.Locale.ROOT),
                outcome.message(), config, refinements);
    }

    /** The run grown by {@code added}: it runs again, with that many more samples planned. */
    Manifest refined(Refinement added) {
        List<Refinement> all = new java.util.ArrayList<>(refinements);
        all.add(added);
        return new Manifest(runId, migcalVersion, jdk, labVersions, seed, order, samplesPlanned + added.samplesAdded(),
                contextColumns, timeCompression, startedAt, resumedAt, null, null, null, config, all);
    }
}
