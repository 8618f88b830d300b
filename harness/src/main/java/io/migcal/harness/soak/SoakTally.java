package io.migcal.harness.soak;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the soak's measurements.csv says, sample by sample: a sample is finished by a row that is not
 * {@code interrupted}; it must be finished exactly once (more is a duplicate, none is a loss).
 */
record SoakTally(int planned, int rows, int okExactlyOnce, int flagged, int failed, int repeated, int duplicated,
        int lost) {

    static SoakTally of(Set<String> plannedIds, List<Map<String, String>> rows) {
        Map<String, Integer> attempts = new HashMap<>();
        Map<String, Integer> finished = new HashMap<>();
        Map<String, String> finalStatus = new HashMap<>();
        for (Map<String, String> row : rows) {
            String id = row.get("sample_id");
            attempts.merge(id, 1, Integer::sum);
            if (!"interrupted".equals(row.get("status"))) {
                finished.merge(id, 1, Integer::sum);
                finalStatus.put(id, row.get("status"));
            }
        }
        int ok = 0;
        int flagged = 0;
        int failed = 0;
        int lost = 0;
        int duplicated = 0;
        for (String id : plannedIds) {
            int done = finished.getOrDefault(id, 0);
            lost += done == 0 ? 1 : 0;
            duplicated += done > 1 ? 1 : 0;
            if (done == 1) {
                String status = finalStatus.get(id);
                ok += "ok".equals(status) ? 1 : 0;
                flagged += "flagged".equals(status) ? 1 : 0;
                failed += "failed".equals(status) || "timeout".equals(status) ? 1 : 0;
            }
        }
        long strangers = attempts.keySet().stream().filter(id -> !plannedIds.contains(id)).count();
        int repeated = (int) attempts.entrySet().stream().filter(e -> plannedIds.contains(e.getKey()) && e.getValue() > 1).count();
        return new SoakTally(plannedIds.size(), rows.size(), ok, flagged, failed, repeated, duplicated + (int) strangers, lost);
    }
}
