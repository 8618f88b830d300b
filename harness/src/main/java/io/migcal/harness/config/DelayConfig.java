package io.migcal.harness.config;

import static io.migcal.harness.config.ConfigChecks.nonEmpty;
import static io.migcal.harness.config.ConfigChecks.orDefault;
import static io.migcal.harness.config.ConfigChecks.positive;
import static io.migcal.harness.config.ConfigChecks.presentText;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.migcal.model.BadInputException;
import java.util.List;
import java.util.Map;

/**
 * The delay box: netem on the given interfaces (half the RTT on each by default, or all of it on
 * the first), the link rate that sizes netem's {@code limit} from the bandwidth-delay product (or a
 * fixed limit), whether to switch offloads off, and command templates for a non-Linux appliance.
 */
public record DelayConfig(
        Kind kind, String ssh, List<String> interfaces, Split split, Double linkRateMbit,
        Integer queueLimitPackets, Boolean disableOffloads, Map<String, String> commands) {

    /** netem through {@code tc}, or an appliance driven by command templates. */
    public enum Kind {
        @JsonProperty("netem") NETEM,
        @JsonProperty("command-template") COMMAND_TEMPLATE
    }

    /** Where the delay goes: half each way (one interface per direction) or all on one side. */
    public enum Split {
        @JsonProperty("half-each-way") HALF_EACH_WAY,
        @JsonProperty("one-side") ONE_SIDE
    }

    public DelayConfig {
        kind = orDefault(kind, Kind.NETEM);
        presentText(ssh, "ssh");
        split = orDefault(split, Split.HALF_EACH_WAY);
        disableOffloads = Boolean.TRUE.equals(disableOffloads);
        commands = commands == null ? Map.of() : Map.copyOf(commands);
        if (kind == Kind.NETEM) {
            interfaces = List.copyOf(nonEmpty(interfaces, "interfaces"));
            if (linkRateMbit != null) {
                positive(linkRateMbit, "link_rate_mbit");
            } else if (queueLimitPackets == null) {
                // the rate only sizes netem's queue: a fixed limit needs none
                throw new BadInputException("give 'link_rate_mbit' (sizes netem's queue from the bandwidth-delay "
                        + "product) or a fixed 'queue_limit_packets'");
            }
            if (split == Split.HALF_EACH_WAY && interfaces.size() != 2) {
                throw new BadInputException("split 'half-each-way' needs two interfaces (one per direction), got "
                        + interfaces.size() + "; list two or set split: one-side");
            }
        } else {
            interfaces = interfaces == null ? List.of() : List.copyOf(interfaces);
            if (!commands.containsKey("set") || !commands.containsKey("clear")) {
                throw new BadInputException("kind 'command-template' needs commands.set and commands.clear");
            }
            if (commands.containsKey("show") != commands.containsKey("show_pattern")) {
                throw new BadInputException("give commands.show and commands.show_pattern together, or neither");
            }
            for (String key : commands.keySet()) {
                if (!List.of("set", "clear", "show", "show_pattern").contains(key)) {
                    throw new BadInputException("unknown key 'commands." + key + "' (known: set, clear, show, show_pattern)");
                }
            }
        }
        if (queueLimitPackets != null && queueLimitPackets <= 0) {
            throw new BadInputException("'queue_limit_packets' must be > 0 (or left out to size it from link_rate_mbit)");
        }
    }
}
