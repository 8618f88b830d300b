/**
 * The lab's own small HTTP/1.1 server over TLS (so errors can travel in the reason phrase, as on
 * Proxmox) and its certificates. May use: the JDK, OkHttp's TLS helpers.
 */
package io.migcal.harness.lab.https;
