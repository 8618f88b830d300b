package io.migcal.model.sim.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Records every state change as one readable line, for assertions at specific simulated times. */
public final class RecordingObserver implements SimulationObserver {
    private final List<String> lines = new ArrayList<>();

    public List<String> lines() {
        return lines;
    }

    private void add(String format, Object... args) {
        lines.add(String.format(Locale.ROOT, format, args));
    }

    @Override
    public void arrived(double atS, int vm, int server) {
        add("%.2f arrived vm%d at s%d", atS, vm, server);
    }

    @Override
    public void started(double atS, int vm, int server) {
        add("%.2f started vm%d on s%d", atS, vm, server);
    }

    @Override
    public void finished(double atS, int vm, int server) {
        add("%.2f finished vm%d on s%d", atS, vm, server);
    }

    @Override
    public void migrationStarted(double atS, int vm, int fromServer, int toServer, double transferS) {
        add("%.2f migrating vm%d s%d->s%d for %.2f s", atS, vm, fromServer, toServer, transferS);
    }

    @Override
    public void migrationEnded(double atS, int vm, int fromServer, int toServer) {
        add("%.2f migrated vm%d s%d->s%d", atS, vm, fromServer, toServer);
    }

    @Override
    public void migrationAborted(double atS, int vm, int fromServer, int toServer) {
        add("%.2f aborted vm%d s%d->s%d", atS, vm, fromServer, toServer);
    }
}
