package io.migcal.model.sim.engine;

import java.util.Arrays;

/**
 * A binary min-heap of events held in parallel primitive arrays, ordered by time, then priority,
 * then the sequence number given at scheduling. The total order means ties never depend on hash
 * order or allocation, so the same input always replays the same way; no object is allocated per
 * event.
 */
final class EventQueue {
    private double[] timeS;
    private int[] priority;
    private long[] sequence;
    private int[] kind;
    private int[] subject;
    private int[] tag;
    private int size;
    private long nextSequence;

    EventQueue(int initialCapacity) {
        int capacity = Math.max(16, initialCapacity);
        timeS = new double[capacity];
        priority = new int[capacity];
        sequence = new long[capacity];
        kind = new int[capacity];
        subject = new int[capacity];
        tag = new int[capacity];
    }

    boolean isEmpty() {
        return size == 0;
    }

    void schedule(double atS, int eventPriority, int eventKind, int eventSubject, int eventTag) {
        if (size == timeS.length) {
            grow();
        }
        int i = size++;
        set(i, atS, eventPriority, nextSequence++, eventKind, eventSubject, eventTag);
        siftUp(i);
    }

    double headTimeS() {
        return timeS[0];
    }

    int headKind() {
        return kind[0];
    }

    int headSubject() {
        return subject[0];
    }

    int headTag() {
        return tag[0];
    }

    void removeHead() {
        size--;
        if (size > 0) {
            set(0, timeS[size], priority[size], sequence[size], kind[size], subject[size], tag[size]);
            siftDown(0);
        }
    }

    private void set(int i, double t, int p, long s, int k, int subj, int tg) {
        timeS[i] = t;
        priority[i] = p;
        sequence[i] = s;
        kind[i] = k;
        subject[i] = subj;
        tag[i] = tg;
    }

    private boolean before(int a, int b) {
        if (timeS[a] != timeS[b]) {
            return timeS[a] < timeS[b];
        }
        if (priority[a] != priority[b]) {
            return priority[a] < priority[b];
        }
        return sequence[a] < sequence[b];
    }

    private void siftUp(int i) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!before(i, parent)) {
                return;
            }
            swap(i, parent);
            i = parent;
        }
    }

    private void siftDown(int i) {
        while (true) {
            int left = 2 * i + 1;
            if (left >= size) {
                return;
            }
            int right = left + 1;
            int child = right < size && before(right, left) ? right : left;
            if (!before(child, i)) {
                return;
            }
            swap(i, child);
            i = child;
        }
    }

    private void swap(int a, int b) {
        double t = timeS[a];
        timeS[a] = timeS[b];
        timeS[b] = t;
        int p = priority[a];
        priority[a] = priority[b];
        priority[b] = p;
        long s = sequence[a];
        sequence[a] = sequence[b];
        sequence[b] = s;
        int k = kind[a];
        kind[a] = kind[b];
        kind[b] = k;
        int u = subject[a];
        subject[a] = subject[b];
        subject[b] = u;
        int g = tag[a];
        tag[a] = tag[b];
        tag[b] = g;
    }

    private void grow() {
        int capacity = timeS.length * 2;
        timeS = Arrays.copyOf(timeS, capacity);
        priority = Arrays.copyOf(priority, capacity);
        sequence = Arrays.copyOf(sequence, capacity);
        kind = Arrays.copyOf(kind, capacity);
        subject = Arrays.copyOf(subject, capacity);
        tag = Arrays.copyOf(tag, capacity);
    }
}
