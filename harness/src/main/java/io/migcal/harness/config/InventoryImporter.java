package io.migcal.harness.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.migcal.model.BadInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns an Ansible inventory in migcal's layout (docs/real-lab.md, "The inventory layout") into a lab config, so a
 * lab is described once. The sweep section gets defaults the user edits. When the inventory pins no
 * TLS trust, the config expects the cluster CA at {@link #DEFAULT_CA_FILE}, and {@link #notes} says so.
 */
public final class InventoryImporter {
    static final String DEFAULT_CA_FILE = "~/.config/migcal/pve-root-ca.pem";
    private static final String NODES = "pve_nodes";
    private static final String DELAY = "delay_box";
    private static final String GUESTS = "guests";

    private final List<String> notes = new ArrayList<>();

    /** Reads the inventory file and builds the lab config. */
    public LabConfig importFrom(Path inventoryFile) {
        try {
            JsonNode tree = LabConfigMapper.yaml().readTree(Files.readString(inventoryFile));
            return build(new AnsibleInventory(tree, inventoryFile.toString()));
        } catch (NoSuchFileException e) {
            throw new BadInputException("inventory " + inventoryFile + " does not exist; give the path of your "
                    + "inventory (see ansible/inventory.example.yml)");
        } catch (JsonProcessingException e) {
            throw new BadInputException(inventoryFile + " is not valid YAML: "
                    + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (IOException e) {
            throw new BadInputException("inventory " + inventoryFile + " cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** What the user should know about the generated config (one line each). */
    public List<String> notes() {
        return List.copyOf(notes);
    }

    private LabConfig build(AnsibleInventory inv) {
        List<String> nodes = inv.hosts(NODES, 2);
        String delayHost = inv.hosts(DELAY, 1).get(0);
        String guestHost = inv.hosts(GUESTS, 1).get(0);
        Map<String, SshEndpoint> targets = new LinkedHashMap<>();
        List<String> endpoints = new ArrayList<>();
        for (String node : nodes) {
            String address = inv.requiredText(NODES, node, "ansible_host");
            targets.put(node, endpoint(address, null));
            endpoints.add("https://" + address + ":" + orElse(inv.text(NODES, node, "pve_api_port"), "8006"));
        }
        targets.put(delayHost, endpoint(inv.requiredText(DELAY, delayHost, "ansible_host"), null));
        targets.put(guestHost, endpoint(inv.requiredText(GUESTS, guestHost, "ansible_host"),
                inv.text(GUESTS, guestHost, "migcal_guest_user")));
        SshEndpoint defaults = new SshEndpoint(null, null, inv.text(NODES, nodes.get(0), "migcal_ssh_user"),
                inv.text(NODES, nodes.get(0), "migcal_ssh_key_file"), null, null,
                inv.text(NODES, nodes.get(0), "migcal_known_hosts"), null);
        return new LabConfig(proxmox(inv, nodes.get(0), endpoints), new SshConfig(defaults, targets),
                new MigrationConfig(inv.requiredText(GUESTS, guestHost, "migcal_vmid"),
                        node(inv, nodes.get(0)), node(inv, nodes.get(1))),
                delay(inv, delayHost), new GuestLoadConfig(GuestLoadConfig.Method.STRESS_NG, guestHost, 120.0),
                defaultSweep(), new OutputConfig("results"), null);
    }

    private ProxmoxConfig proxmox(AnsibleInventory inv, String node, List<String> endpoints) {
        String secretFile = inv.requiredText(NODES, node, "migcal_pve_token_secret_file");
        ProxmoxAuth.Token token = new ProxmoxAuth.Token(inv.requiredText(NODES, node, "migcal_pve_user"),
                inv.requiredText(NODES, node, "migcal_pve_token_id"), Secret.of("file:" + secretFile));
        String pin = inv.text(NODES, node, "migcal_pve_fingerprint");
        String ca = inv.text(NODES, node, "migcal_pve_ca_file");
        if (pin == null && ca == null) {
            ca = DEFAULT_CA_FILE;
            notes.add("the inventory pins no API certificate: copy /etc/pve/pve-root-ca.pem from a node to "
                    + DEFAULT_CA_FILE + " (or set migcal_pve_fingerprint and run this again)");
        }
        return new ProxmoxConfig(ProxmoxConfig.Driver.API, endpoints, new ProxmoxAuth(token, null),
                TlsTrust.fromConfig(ca, pin, null), 500);
    }

    private static MigrationConfig.Node node(AnsibleInventory inv, String host) {
        String name = orElse(inv.text(NODES, host, "pve_node_name"), host);
        String address = orElse(inv.text(NODES, host, "migcal_migration_address"), inv.requiredText(NODES, host, "ansible_host"));
        return new MigrationConfig.Node(name, host, address);
    }

    private static DelayConfig delay(AnsibleInventory inv, String host) {
        List<String> interfaces = inv.textList(DELAY, host, "delay_interfaces");
        String rate = inv.requiredText(DELAY, host, "delay_link_rate_mbit");
        DelayConfig.Split split = interfaces.size() == 2 ? DelayConfig.Split.HALF_EACH_WAY : DelayConfig.Split.ONE_SIDE;
        try {
            return new DelayConfig(DelayConfig.Kind.NETEM, host, interfaces, split, Double.valueOf(rate), null, false, null);
        } catch (NumberFormatException e) {
            throw new BadInputException("delay_link_rate_mbit of '" + host + "' must be a number of Mbit/s, got '" + rate + "'");
        }
    }

    private static SweepConfig defaultSweep() {
        return new SweepConfig(List.of(0.0, 2.0, 4.0, 6.0, 8.0, 10.0), List.of(644245094L, 1073741824L), 5,
                SweepConfig.Order.RANDOM, null, 10.0, 600.0, 1.0, 0.10, 3);
    }

    private static SshEndpoint endpoint(String host, String user) {
        return new SshEndpoint(host, null, user, null, null, null, null, null);
    }

    private static String orElse(String value, String fallback) {
        return value == null ? fallback : value;
    }
}
