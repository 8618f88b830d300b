/**
 * The Proxmox VE driver: the REST client on OkHttp (token or ticket auth, TLS pin or CA, error text
 * from reason phrase or JSON), migrate and follow, readiness checks, and the alternative {@code qm}
 * over SSH driver. Facts per version in docs/proxmox-versions.md. May use: {@code harness.config},
 * {@code harness.migrate}, {@code harness.ssh}, {@code harness.time}, {@code model}, OkHttp, Jackson.
 */
package io.migcal.harness.pve;
