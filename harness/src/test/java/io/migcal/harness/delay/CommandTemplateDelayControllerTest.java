package io.migcal.harness.delay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.migcal.harness.ssh.FakeHostOverSsh;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CommandTemplateDelayControllerTest {
    private static final DelayTemplates TEMPLATES = new DelayTemplates(
            "wanem set latency {one_way_ms} queue {limit_packets}", "wanem show",
            Pattern.compile("latency (?<oneWayMs>[0-9.]+) ms, queue (?<limitPackets>\\d+) pkts, drops (?<droppedPackets>\\d+)"),
            "wanem clear");
    private final Appliance appliance = new Appliance();
    @RegisterExtension
    final FakeHostOverSsh host = new FakeHostOverSsh(appliance);

    /** A made-up WAN emulator CLI that halves nothing and can be told to cap its queue. */
    static final class Appliance implements io.migcal.harness.lab.sshd.ShellCommandHandler {
        private static final Pattern SET = Pattern.compile("wanem set latency ([0-9.]+) queue (\\d+)");
        volatile String latency = "0";
        volatile int queue = 1000;
        volatile int maxQueue = Integer.MAX_VALUE;

        @Override
        public int execute(String command, OutputStream out, OutputStream err) throws Exception {
            Matcher set = SET.matcher(command);
            if (set.matches()) {
                latency = set.group(1);
                queue = Math.min(maxQueue, Integer.parseInt(set.group(2)));
            } else if (command.equals("wanem show")) {
                out.write(("latency " + latency + " ms, queue " + queue + " pkts, drops 7\n").getBytes(StandardCharsets.UTF_8));
            } else if (command.equals("wanem clear")) {
                latency = "0";
            } else {
                return 127;
            }
            return 0;
        }
    }

    private CommandTemplateDelayController controller(DelayTemplates templates) {
        return new CommandTemplateDelayController(host.shell(), templates, QueueLimitSizing.ONE_GBIT, Duration.ofSeconds(10));
    }

    @Test
    void applyFillsTheTemplateAndVerifiesTheReadBack() throws Exception {
        CommandTemplateDelayController controller = controller(TEMPLATES);

        controller.apply(new DelaySetting(20, null));
        DelayState state = controller.readBack();

        assertThat(host.received()).startsWith("wanem set latency 10 queue 1652", "wanem show");
        assertThat(state.appliedRttMs()).isEqualTo(20.0);
        assertThat(state.queueLimitPackets()).isEqualTo(1652);
        assertThat(state.droppedPackets()).isEqualTo(7);
        assertThat(state.settings()).containsEntry("delay_appliance_rtt_ms", "20");
    }

    @Test
    void anApplianceThatCapsTheQueueFailsVerification() {
        appliance.maxQueue = 512;

        assertThatThrownBy(() -> controller(TEMPLATES).apply(new DelaySetting(20, 4096)))
                .isInstanceOf(DelayVerificationException.class)
                .hasMessageContaining("reads back RTT 20 ms limit 512 after setting RTT 20 ms limit 4096");
    }

    @Test
    void withoutAShowTemplateApplyOnlySendsTheCommand() throws Exception {
        CommandTemplateDelayController controller = controller(
                new DelayTemplates("wanem set latency {one_way_ms} queue {limit_packets}", null, null, "wanem clear"));

        controller.apply(new DelaySetting(3, 50));
        controller.clear();

        assertThat(host.received()).containsExactly("wanem set latency 1.5 queue 50", "wanem clear");
    }

    @Test
    void templatesWithoutPlaceholdersAreRefused() {
        assertThatThrownBy(() -> new DelayTemplates("wanem on", null, null, "wanem off"))
                .isInstanceOf(io.migcal.model.BadInputException.class)
                .hasMessageContaining("uses none of [{rtt_ms}, {one_way_ms}, {limit_packets}]");
    }
}
