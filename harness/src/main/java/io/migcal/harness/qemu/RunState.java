package io.migcal.harness.qemu;

/** What {@code query-status} says a node's QEMU is doing, or {@code absent} when no QEMU answers. */
final class RunState {

    static final String ABSENT = "absent";

    private RunState() {
    }

    static String of(QmpNode node) {
        try (QmpConnection qmp = node.qmp().connect()) {
            return qmp.execute("query-status", null).path("status").asText();
        } catch (java.io.IOException e) {
            return ABSENT;
        }
    }
}
