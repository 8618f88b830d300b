/**
 * The lab config ({@code lab.yaml}) as records: strict loading (an unknown key or a wrong shape is
 * one line naming it), writing, secrets by reference only ({@code env:}/{@code file:}), and the import
 * from an Ansible inventory (docs/real-lab.md). May use: {@code io.migcal.model}, Jackson.
 * The virtual lab uses it to write the config a client reads.
 */
package io.migcal.harness.config;
