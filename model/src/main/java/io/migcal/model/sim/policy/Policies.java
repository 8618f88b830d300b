package io.migcal.model.sim.policy;

import io.migcal.model.BadInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The policies users can name, with their readings as options: {@code name[:key=value]...}, for
 * example {@code paper-2019:destination=least-loaded-then-rtt:trigger=started-server} or
 * {@code least-transfer:work-check=off}. Colons, not commas, so a spec fits in {@code --compare}.
 */
public final class Policies {
    /** The paper-faithful readings (argued in docs/simulator.md). */
    public static final TriggerReading PAPER_TRIGGER = TriggerReading.EVERY_SERVER_AT_START;
    public static final DestinationReading PAPER_2018_DESTINATION = DestinationReading.NEAREST;
    public static final DestinationReading PAPER_2019_DESTINATION = DestinationReading.LEAST_LOADED_THEN_RTT;

    private static final List<String> NAMES = List.of("none", "paper-2018", "paper-2019", "least-transfer");

    private Policies() {
    }

    public static List<String> names() {
        return NAMES;
    }

    public static MigrationPolicy byName(String spec) {
        String[] parts = spec.split(":");
        String base = parts[0];
        Map<String, String> options = options(spec, parts);
        MigrationPolicy policy = switch (base) {
            case "none" -> new NoMigration();
            case "paper-2018" -> paper(spec, options, PAPER_2018_DESTINATION);
            case "paper-2019" -> paper(spec, options, PAPER_2019_DESTINATION);
            case "least-transfer" -> leastTransfer(spec, options);
            default -> throw new BadInputException("unknown policy '" + base + "'; use one of "
                    + String.join(", ", NAMES));
        };
        if (!options.isEmpty()) {
            throw new BadInputException("policy '" + spec + "' has unknown option(s) " + options.keySet()
                    + "; paper policies take trigger= and destination=, least-transfer takes trigger=, wait=,"
                    + " work-check=, overload-check=, choice=");
        }
        return policy;
    }

    private static Map<String, String> options(String spec, String[] parts) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 1; i < parts.length; i++) {
            String[] kv = parts[i].split("=", 2);
            if (kv.length != 2 || kv[0].isEmpty() || kv[1].isEmpty()) {
                throw new BadInputException("policy '" + spec + "': option '" + parts[i]
                        + "' must be key=value, e.g. paper-2019:destination=nearest");
            }
            options.put(kv[0], kv[1]);
        }
        return options;
    }

    private static MigrationPolicy paper(String spec, Map<String, String> options, DestinationReading defaultDestination) {
        String trigger = options.remove("trigger");
        String destination = options.remove("destination");
        return new PaperPolicy(spec, trigger == null ? PAPER_TRIGGER : TriggerReading.of(trigger),
                destination == null ? defaultDestination : DestinationReading.of(destination));
    }

    private static MigrationPolicy leastTransfer(String spec, Map<String, String> options) {
        String trigger = options.remove("trigger");
        String choice = options.remove("choice");
        if (choice != null && !choice.equals("model") && !choice.equals("smallest-vm")) {
            throw new BadInputException("policy '" + spec + "': choice must be model or smallest-vm, not '" + choice + "'");
        }
        LeastTransferPolicy.Ingredients with = new LeastTransferPolicy.Ingredients(
                onOff(spec, options.remove("wait")), onOff(spec, options.remove("work-check")),
                onOff(spec, options.remove("overload-check")), choice == null || choice.equals("model"));
        return new LeastTransferPolicy(spec, trigger == null ? TriggerReading.CHANGED_SERVER : TriggerReading.of(trigger), with);
    }

    private static boolean onOff(String spec, String value) {
        if (value == null || value.equals("on")) {
            return true;
        }
        if (value.equals("off")) {
            return false;
        }
        throw new BadInputException("policy '" + spec + "': switches take on or off, not '" + value + "'");
    }
}
