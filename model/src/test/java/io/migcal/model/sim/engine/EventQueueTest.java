package io.migcal.model.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventQueueTest {

    @Test
    void eventsLeaveByTimeThenPriorityThenSchedulingOrder() {
        EventQueue queue = new EventQueue(1);
        queue.schedule(5.0, 2, 0, 1, 0);
        queue.schedule(5.0, 0, 0, 2, 0);
        queue.schedule(1.0, 9, 0, 3, 0);
        queue.schedule(5.0, 0, 0, 4, 0);
        queue.schedule(5.0, 2, 0, 5, 0);
        for (int i = 0; i < 40; i++) {
            queue.schedule(7.0 + (i * 7919 % 40), 1, 0, 100 + i, 0);
        }
        List<Integer> order = new ArrayList<>();
        double lastTime = Double.NEGATIVE_INFINITY;
        while (!queue.isEmpty()) {
            assertThat(queue.headTimeS()).isGreaterThanOrEqualTo(lastTime);
            lastTime = queue.headTimeS();
            order.add(queue.headSubject());
            queue.removeHead();
        }
        assertThat(order.subList(0, 5)).containsExactly(3, 2, 4, 1, 5);
        assertThat(order).hasSize(45);
    }
}
