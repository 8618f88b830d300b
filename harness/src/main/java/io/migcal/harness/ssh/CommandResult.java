package io.migcal.harness.ssh;

/** How one remote command ended. */
public record CommandResult(int exitCode, String stdout, String stderr) {

    public boolean succeeded() {
        return exitCode == 0;
    }
}
