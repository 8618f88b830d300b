package io.migcal.harness.reconnect;

/**
 * Marks an exception that says the link to a lab host broke under a call that may already have had
 * its effect (a command cut off mid-way, a request whose reply never came). Such a call is not
 * repeated where it failed; the sweep restores the lab and repeats the whole sample instead.
 */
public interface LinkFault {
}
