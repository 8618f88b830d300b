package io.migcal.harness.pve;

/** One preflight fact about the Proxmox side: what was checked, whether it allows measuring, and why. */
public record ReadinessFinding(String check, boolean passed, String detail) {

    static ReadinessFinding pass(String check, String detail) {
        return new ReadinessFinding(check, true, detail);
    }

    static ReadinessFinding fail(String check, String detail) {
        return new ReadinessFinding(check, false, detail);
    }
}
