/**
 * What differs between the emulated Proxmox VE releases ({@code EmulatedRelease}), the UPIDs the lab
 * issues, and the migration task log it writes. May use: {@code harness.lab.truth}.
 */
package io.migcal.harness.lab.pve;
