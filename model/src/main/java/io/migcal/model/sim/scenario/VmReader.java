package io.migcal.model.sim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Reads the {@code vms:} block: generated ({@code count}) or listed ({@code list}). */
final class VmReader {
    private VmReader() {
    }

    static VmSpec read(JsonNode node, Scenario scenario, Fields f) {
        long allocated = Math.round(f.number(node, "vms", "allocated-gib", 0) * ScenarioReader.GIB);
        if (!node.has("list")) {
            return new VmSpec.Generated((int) f.number(node, "vms", "count", 0), allocated,
                    f.number(node, "vms", "home-site-skew", 1e-9, 1.0),
                    f.choice(node, "vms", "home-site", VmSpec.HomeSite.RANDOM));
        }
        List<VmSpec.Entry> entries = new ArrayList<>();
        List<JsonNode> items = f.list(node, "vms", "list");
        for (int i = 0; i < items.size(); i++) {
            entries.add(entry(items.get(i), "vms.list[" + i + "]", allocated, scenario, f));
        }
        return new VmSpec.Listed(entries);
    }

    private static VmSpec.Entry entry(JsonNode vm, String path, long allocated, Scenario scenario, Fields f) {
        String kindName = f.text(vm, path, "kind", null);
        int kind = kindName == null ? -1 : scenario.workloadIndex(kindName);
        if (kind < 0) {
            throw f.bad(path + ".kind", "must name one of the workloads, not '" + kindName + "'");
        }
        String siteName = f.text(vm, path, "home-site", null);
        int site = siteName == null ? -1 : scenario.siteIndex(siteName);
        if (site < 0) {
            throw f.bad(path + ".home-site", "must name one of the sites, not '" + siteName + "'");
        }
        int servers = scenario.sites().get(site).serverMemoryBytes().size();
        int server = (int) f.number(vm, path, "home-server", 0, -1);
        if (server >= servers) {
            throw f.bad(path + ".home-server", "must be below the site's " + servers + " servers");
        }
        long ownAllocation = vm.has("allocated-gib")
                ? Math.round(f.number(vm, path, "allocated-gib", 0) * ScenarioReader.GIB) : allocated;
        double ram = vm.has("ram-gib") ? f.number(vm, path, "ram-gib", 0) * ScenarioReader.GIB : Double.NaN;
        return new VmSpec.Entry(kind, site, server, ownAllocation, ram);
    }
}
