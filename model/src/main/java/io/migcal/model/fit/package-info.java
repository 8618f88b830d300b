/**
 * Fitting T(memory, RTT): the model families, Levenberg-Marquardt from a grid of starts, asymptotic
 * intervals, cross-validation (random and by RTT level), the automatic choice, predictions with
 * intervals, and {@code transfer-model.json}. Documented in docs/fitting.md.
 * May use: {@code model.measure}, commons-math3, Jackson.
 */
package io.migcal.model.fit;
