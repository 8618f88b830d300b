/**
 * Load inside the guest: {@code GuestLoad} with stress-ng over the guest's SSH or through the QEMU
 * guest agent, and reading its used memory; a writer holding a set dirty rate, and a progress meter
 * whose record gives the guest's slowdown during a migration ({@code GuestProgress}).
 * May use: {@code harness.ssh}, {@code harness.time}, {@code io.migcal.model}, Jackson.
 */
package io.migcal.harness.guest;
