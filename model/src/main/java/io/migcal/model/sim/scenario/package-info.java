/**
 * Scenarios: strict YAML/JSON reading with one-line errors naming the key, the presets shipped in
 * the jar ({@code paper-2018}, {@code paper-2019}), and what they resolve to for the engine.
 * May use: {@code io.migcal.model}, {@code model.sim.engine}, Jackson.
 */
package io.migcal.model.sim.scenario;
