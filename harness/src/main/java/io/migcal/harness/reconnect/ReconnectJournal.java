package io.migcal.harness.reconnect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Every retry the harness made, in order, for the run log and the rows' context. Shared by all
 * shells and API clients of one lab session; a sample marks where it started and reads what came after.
 */
public final class ReconnectJournal {

    /**
     * One call that needed retries: what it was, how many attempts it took, the time from its first
     * failure to its success or to giving up (lab seconds), whether it finally went through, and the
     * first failure's own words.
     */
    public record Entry(String what, int attempts, double outageS, boolean recovered, String firstFault) {
        /** {@code ssh root@h:22 'tc qdisc show' x3 in 3.0 s ok (first: ...)}: one line, {@code Locale.ROOT}. */
        public String describe() {
            return String.format(Locale.ROOT, "%s x%d in %.1f s %s (first: %s)", what, attempts, outageS,
                    recovered ? "ok" : "gave up", firstFault);
        }
    }

    private final List<Entry> entries = new ArrayList<>();

    synchronized void add(Entry entry) {
        entries.add(entry);
    }

    /** A position to read from later with {@link #since(int)}. */
    public synchronized int mark() {
        return entries.size();
    }

    /** The entries recorded after {@code mark}. */
    public synchronized List<Entry> since(int mark) {
        return List.copyOf(entries.subList(Math.min(mark, entries.size()), entries.size()));
    }
}
