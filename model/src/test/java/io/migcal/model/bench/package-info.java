/**
 * The benchmark home: JMH benchmarks of the model (fitting, simulation), each run beside its baseline
 * in the same process, started through {@link io.migcal.model.bench.Bench}. Benchmarks are programs,
 * not tests: surefire never runs them.
 */
package io.migcal.model.bench;
