package io.migcal.model.fit;

/** A parameter of a model family: its name in {@code transfer-model.json} (unit in the name) and its unit. */
public record ParameterSpec(String name, String unit) {
}
