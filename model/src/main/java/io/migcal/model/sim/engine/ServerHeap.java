package io.migcal.model.sim.engine;

/**
 * An indexed min-heap of servers keyed by their load (ties by server index), so the least loaded
 * server is found in O(1) and a load change costs O(log n). Several heaps holding disjoint server
 * sets (one per site) share one position array.
 */
final class ServerHeap {
    private final int[] heap;
    private final int[] position;
    private final double[] loadBytes;
    private int size;

    ServerHeap(int capacity, int[] sharedPosition, double[] loadBytes) {
        this.heap = new int[capacity];
        this.position = sharedPosition;
        this.loadBytes = loadBytes;
    }

    void add(int server) {
        heap[size] = server;
        position[server] = size;
        size++;
        siftUp(size - 1);
    }

    /** Restores the order after {@code server}'s load changed. */
    void update(int server) {
        int i = position[server];
        siftUp(i);
        siftDown(position[server]);
    }

    /** The least loaded server other than {@code excluded}, or -1 if there is none. */
    int leastExcept(int excluded) {
        if (size == 0) {
            return -1;
        }
        if (heap[0] != excluded) {
            return heap[0];
        }
        int best = -1;
        for (int child = 1; child <= 2 && child < size; child++) {
            if (best < 0 || lighter(heap[child], best)) {
                best = heap[child];
            }
        }
        return best;
    }

    private boolean lighter(int a, int b) {
        return loadBytes[a] != loadBytes[b] ? loadBytes[a] < loadBytes[b] : a < b;
    }

    private void siftUp(int i) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!lighter(heap[i], heap[parent])) {
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
            int child = right < size && lighter(heap[right], heap[left]) ? right : left;
            if (!lighter(heap[child], heap[i])) {
                return;
            }
            swap(i, child);
            i = child;
        }
    }

    private void swap(int a, int b) {
        int s = heap[a];
        heap[a] = heap[b];
        heap[b] = s;
        position[heap[a]] = a;
        position[heap[b]] = b;
    }
}
