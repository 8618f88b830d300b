package io.migcal.harness.pve.tasklog;

/**
 * How the RAM went: {@code SECURE} through an SSH tunnel (log shows {@code unix:} or, before 2016,
 * {@code localhost:}), {@code INSECURE} straight over TCP ({@code tcp:}).
 */
public enum MigrationType { SECURE, INSECURE }
