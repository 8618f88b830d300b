/**
 * The commands each kind of virtual host answers over SSH (nodes, delay box, guest): {@code ping},
 * {@code qm}, {@code tc}, {@code ethtool}, {@code sysctl}, stress-ng and more, as docs/host-commands.md
 * lists them. May use: the other {@code harness.lab} packages, {@code harness.time}, Jackson.
 */
package io.migcal.harness.lab.shell;
