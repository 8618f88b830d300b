/**
 * Parsing a Proxmox migration task log, both line formats (raw byte counts before qemu-server 6.4,
 * rendered sizes since), into a timeline. May use: the JDK only.
 */
package io.migcal.harness.pve.tasklog;
