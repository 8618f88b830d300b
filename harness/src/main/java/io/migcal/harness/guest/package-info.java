/**
 * Load inside the guest: {@code GuestLoad} with stress-ng over the guest's SSH or through the QEMU
 * guest agent, and reading its used memory. The dirtying load waits for issue 13 (dirty-rate axis).
 * May use: {@code harness.ssh}, {@code harness.time}, {@code io.migcal.model}, Jackson.
 */
package io.migcal.harness.guest;
