package org.disputesuite.platform.web.body;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Bytes held by all bodies being buffered at once. Reading no longer takes a thread, so without
 * this bound many connections each sending just under the size limit could exhaust the heap.
 */
final class BodyBudget {

    private final long capacity;
    private final AtomicLong used = new AtomicLong();

    BodyBudget(long capacity) {
        this.capacity = capacity;
    }

    boolean reserve(long bytes) {
        long now = used.addAndGet(bytes);
        if (now > capacity) {
            used.addAndGet(-bytes);
            return false;
        }
        return true;
    }

    void release(long bytes) {
        used.addAndGet(-bytes);
    }

    long used() {
        return used.get();
    }
}
