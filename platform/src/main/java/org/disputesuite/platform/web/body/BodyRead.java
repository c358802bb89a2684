package org.disputesuite.platform.web.body;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;

import org.springframework.http.HttpStatus;

/**
 * One request body read as it arrives, on whatever container thread has bytes for it, so a slow
 * client holds no thread. It ends exactly once: complete, refused (too large, too slow, out of
 * budget) or broken (the client went away). All of it runs under this object's lock because the
 * container and the pace watch call it from different threads.
 */
final class BodyRead implements ReadListener {

    interface Ending {

        void completed(byte[] body);

        void refused(HttpStatus status, String detail);

        void broken();
    }

    private final ServletInputStream in;
    private final long limit;
    private final ByteArrayOutputStream kept;
    private final BodyBudget budget;
    private final BodyPace pace;
    private final Ending ending;
    private final long startedNanos;
    private final byte[] chunk = new byte[8192];
    private long received;
    private long reserved;
    private boolean ended;

    /** With a budget the bytes are kept; without one they are read and dropped. */
    BodyRead(ServletInputStream in, long limit, BodyBudget budget, BodyPace pace, long startedNanos,
             Ending ending) {
        this.startedNanos = startedNanos;
        this.in = in;
        this.limit = limit;
        this.budget = budget;
        this.kept = budget == null ? null : new ByteArrayOutputStream();
        this.pace = pace;
        this.ending = ending;
    }

    @Override
    public synchronized void onDataAvailable() throws IOException {
        while (!ended && in.isReady()) {
            int n = in.read(chunk);
            if (n < 0) {
                return;
            }
            received += n;
            if (received > limit) {
                refuse(HttpStatus.CONTENT_TOO_LARGE, "The request body is larger than " + limit + " bytes");
            } else if (kept != null && !budget.reserve(n)) {
                refuse(HttpStatus.SERVICE_UNAVAILABLE, "Too many request bodies are being received; retry later");
            } else if (kept != null) {
                reserved += n;
                kept.write(chunk, 0, n);
            }
        }
    }

    @Override
    public synchronized void onAllDataRead() {
        if (!ended) {
            ended = true;
            ending.completed(kept == null ? new byte[0] : kept.toByteArray());
        }
    }

    @Override
    public synchronized void onError(Throwable t) {
        if (!ended) {
            ended = true;
            ending.broken();
        }
    }

    /** Called by the pace watch; true once this read has ended, however. */
    synchronized boolean checkPace(long nowNanos) {
        if (!ended) {
            String refusal = pace.refusal(startedNanos, received, nowNanos);
            if (refusal != null) {
                refuse(HttpStatus.REQUEST_TIMEOUT, refusal);
            }
        }
        return ended;
    }

    /** The container's own timeout for the request passed. */
    synchronized void expire() {
        if (!ended) {
            refuse(HttpStatus.REQUEST_TIMEOUT, "The request body did not arrive in time");
        }
    }

    /** Gives the kept bytes back to the budget once the request is over. */
    synchronized void release() {
        if (budget != null) {
            budget.release(reserved);
            reserved = 0;
        }
    }

    private void refuse(HttpStatus status, String detail) {
        ended = true;
        ending.refused(status, detail);
    }
}
