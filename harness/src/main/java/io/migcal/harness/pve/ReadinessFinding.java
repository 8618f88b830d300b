package io.migcal.harness.pve;

/**
 * One preflight fact about the Proxmox side: what was checked, whether it allows measuring, and why;
 * {@code checkable} is false when this Proxmox release's API cannot tell (not a failure).
 */
public record ReadinessFinding(String check, boolean passed, String detail, boolean checkable) {

    static ReadinessFinding pass(String check, String detail) {
        return new ReadinessFinding(check, true, detail, true);
    }

    static ReadinessFinding fail(String check, String detail) {
        return new ReadinessFinding(check, false, detail, true);
    }

    static ReadinessFinding notCheckable(String check, String detail) {
        return new ReadinessFinding(check, true, detail, false);
    }
}
