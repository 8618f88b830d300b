/**
 * The virtual lab (docs/virtual-lab.md): a Proxmox VE cluster on loopback speaking the real protocols,
 * started with {@code VirtualLab.start}, its settings, topology, faults, descriptor and the
 * {@code lab.yaml} it writes. The lab (this package and its sub-packages) uses nothing of the client it
 * fakes (enforced by {@code ArchitectureTest}). May use: {@code harness.config} (to write the config),
 * {@code harness.time}, {@code io.migcal.model}, MINA SSHD, Jackson.
 */
package io.migcal.harness.lab;
