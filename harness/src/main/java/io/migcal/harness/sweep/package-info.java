/**
 * Planning, running and recording a sweep: the plan and its order, one sample's stages, the row it
 * becomes, the manifest, resume, restoring the lab whatever happens, and the seams a lab is reached
 * through ({@code LabConnector}, {@code LabSession}). May use: {@code harness.config}, {@code harness.delay},
 * {@code harness.guest}, {@code harness.migrate}, {@code harness.sweep.check}, {@code harness.time},
 * {@code model}, Jackson; never a concrete driver.
 */
package io.migcal.harness.sweep;
