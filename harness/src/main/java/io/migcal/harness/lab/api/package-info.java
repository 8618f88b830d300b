/**
 * The emulated Proxmox VE REST API: one handler per call, auth (tokens, tickets, CSRF), and errors
 * as pveproxy sends them. May use: the other {@code harness.lab} packages, {@code harness.time}, Jackson.
 */
package io.migcal.harness.lab.api;
