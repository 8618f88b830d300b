/**
 * The {@code migcal} command line (picocli), one class per verb, one-line errors and exit codes.
 * The composition root: the only package that picks and constructs a lab's connector or starts the
 * virtual lab (enforced by {@code ArchitectureTest}). May use every package of both modules; nothing
 * uses it.
 */
package io.migcal.harness.cli;
