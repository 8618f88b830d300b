/**
 * The connectors: turning a lab config into a {@code LabSession} of concrete drivers (Proxmox or
 * QMP, netem or appliance, stress-ng over SSH or the guest agent) and their preflight checks. The only
 * place drivers are constructed across packages; {@code cli} chooses the connector.
 * May use: every client package of the harness and {@code io.migcal.model}.
 */
package io.migcal.harness.sweep.connect;
