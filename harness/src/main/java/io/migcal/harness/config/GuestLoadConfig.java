package io.migcal.harness.config;

import static io.migcal.harness.config.ConfigChecks.orDefault;
import static io.migcal.harness.config.ConfigChecks.positive;
import static io.migcal.harness.config.ConfigChecks.presentText;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How guest memory is filled: stress-ng over SSH into the guest (target {@code ssh}), or stress-ng
 * started through the QEMU guest agent ({@code qm guest exec} on the node that owns the VM). With a
 * dirty-rate axis the guest's writer rewrites a working set of {@code dirty_working_set_bytes}
 * (default 128 MiB); {@code progress_meter: true} runs the guest's progress meter during every sample
 * (the guest's slowdown per row).
 */
public record GuestLoadConfig(Method method, String ssh, Double fillTimeoutS, Long dirtyWorkingSetBytes,
        Boolean progressMeter) {

    /** The working set the dirty writer rewrites when the config does not say. */
    public static final long DEFAULT_DIRTY_WORKING_SET_BYTES = 128L * 1024 * 1024;

    /** Without a dirty working set or progress meter setting (the defaults). */
    public GuestLoadConfig(Method method, String ssh, Double fillTimeoutS) {
        this(method, ssh, fillTimeoutS, null, null);
    }

    /** The two ways into the guest. */
    public enum Method {
        @JsonProperty("stress-ng") STRESS_NG,
        @JsonProperty("guest-agent") GUEST_AGENT
    }

    @com.fasterxml.jackson.annotation.JsonCreator
    public GuestLoadConfig {
        method = orDefault(method, Method.STRESS_NG);
        if (method == Method.STRESS_NG) {
            presentText(ssh, "ssh");
        }
        fillTimeoutS = positive(orDefault(fillTimeoutS, 120.0), "fill_timeout_s");
        if (dirtyWorkingSetBytes != null) {
            positive(dirtyWorkingSetBytes, "dirty_working_set_bytes");
        }
    }

    /** The dirty writer's working set (left out of the config: the default; kept out of written configs). */
    public long workingSetBytes() {
        return orDefault(dirtyWorkingSetBytes, DEFAULT_DIRTY_WORKING_SET_BYTES);
    }

    /** Whether every sample runs the guest's progress meter. */
    public boolean meters() {
        return Boolean.TRUE.equals(progressMeter);
    }
}
