/**
 * The lab's SSH servers (MINA SSHD): key login, pinned host keys, dropped connections on demand.
 * May use: MINA SSHD and the JDK.
 */
package io.migcal.harness.lab.sshd;
