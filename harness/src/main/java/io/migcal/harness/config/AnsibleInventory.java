package io.migcal.harness.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.migcal.model.BadInputException;
import java.util.ArrayList;
import java.util.List;

/**
 * A YAML Ansible inventory in migcal's layout, read with Ansible's precedence: a host's own vars
 * win over its group's, which win over {@code all.vars}.
 */
final class AnsibleInventory {
    private final JsonNode root;
    private final String origin;

    AnsibleInventory(JsonNode root, String origin) {
        if (root == null || !root.path("all").isObject()) {
            throw new BadInputException(origin + ": not an Ansible YAML inventory (no top-level 'all:' group); "
                    + "see ansible/inventory.example.yml");
        }
        this.root = root;
        this.origin = origin;
    }

    /** Host names of a child group of {@code all}, in the order written; at least {@code min} of them. */
    List<String> hosts(String group, int min) {
        JsonNode hosts = group(group).path("hosts");
        List<String> names = new ArrayList<>();
        hosts.fieldNames().forEachRemaining(names::add);
        if (names.size() < min) {
            throw new BadInputException(origin + ": group '" + group + "' needs at least " + min + " host(s) under "
                    + "all.children." + group + ".hosts, found " + names.size());
        }
        return names;
    }

    /** A variable as the host sees it, or null. */
    JsonNode variable(String group, String host, String name) {
        for (JsonNode scope : List.of(group(group).path("hosts").path(host), group(group).path("vars"),
                root.path("all").path("vars"))) {
            JsonNode value = scope.path(name);
            if (!value.isMissingNode() && !value.isNull()) {
                return value;
            }
        }
        return null;
    }

    String text(String group, String host, String name) {
        JsonNode value = variable(group, host, name);
        return value == null || value.asText().isBlank() ? null : value.asText();
    }

    String requiredText(String group, String host, String name) {
        String value = text(group, host, name);
        if (value == null) {
            throw new BadInputException(origin + ": host '" + host + "' in group '" + group + "' needs variable '"
                    + name + "' (on the host, the group's vars or all.vars)");
        }
        return value;
    }

    List<String> textList(String group, String host, String name) {
        JsonNode value = variable(group, host, name);
        if (value == null || !value.isArray()) {
            throw new BadInputException(origin + ": host '" + host + "' needs '" + name + "' as a list, e.g. [enp1s0, enp2s0]");
        }
        List<String> items = new ArrayList<>();
        value.forEach(item -> items.add(item.asText()));
        return items;
    }

    private JsonNode group(String name) {
        JsonNode group = root.path("all").path("children").path(name);
        if (!group.isObject()) {
            throw new BadInputException(origin + ": group '" + name + "' is missing under all.children "
                    + "(migcal reads the groups pve_nodes, delay_box and guests)");
        }
        return group;
    }
}
