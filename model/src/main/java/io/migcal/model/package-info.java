/**
 * The model module's shared basics: {@code BadInputException} (bad input: one line, exit code 2) and
 * {@code MigcalVersion}. The model module (this package and its sub-packages) fits and simulates; it
 * has no network code and never uses {@code io.migcal.harness} (enforced by {@code ArchitectureTest}).
 */
package io.migcal.model;
