package org.disputesuite.platform.web.body;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.disputesuite.platform.web.ProblemResponses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * Reads every request body before the application sees it, without a thread while it arrives
 * (Servlet non-blocking I/O), then dispatches the request again (ASYNC) with the body in memory.
 * It runs after authentication, so 401 and 403 come before any check of the body, and it runs the
 * service's {@link BeforeBodyCheck}s first. A body over the limit is answered 413, one that is
 * too slow or too late 408, both closing the connection.
 */
public class BodyIntakeFilter extends HttpFilter {

    static final String BODY_ATTRIBUTE = BodyIntakeFilter.class.getName() + ".body";

    /** Tomcat's own async timeout, only in case the pace watch missed a body. */
    static final long BACKSTOP_MARGIN_MILLIS = 10_000;

    private static final Logger log = LoggerFactory.getLogger(BodyIntakeFilter.class);

    private final List<BeforeBodyCheck> checks;
    private final BodyPace pace;
    private final BodyBudget budget;
    private final PaceWatch watch;
    private final long backstopMillis;

    BodyIntakeFilter(List<BeforeBodyCheck> checks, HttpLimits limits, BodyBudget budget, PaceWatch watch) {
        this.checks = List.copyOf(checks);
        this.pace = new BodyPace(limits);
        this.budget = budget;
        this.watch = watch;
        this.backstopMillis = limits.bodyTimeout().toMillis() + BACKSTOP_MARGIN_MILLIS;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() == DispatcherType.ASYNC
                && request.getAttribute(BODY_ATTRIBUTE) instanceof byte[] body) {
            chain.doFilter(new BufferedBodyRequest(request, body), response);
            return;
        }
        if (request.getDispatcherType() != DispatcherType.REQUEST) {
            chain.doFilter(request, response);
            return;
        }
        for (BeforeBodyCheck check : checks) {
            if (!check.admit(request, response)) {
                return;
            }
        }
        if (!Bodies.declared(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > HttpLimits.MAX_BODY_BYTES) {
            refusedBeforeReading(request, response);
            return;
        }
        if (!request.isAsyncSupported()) {
            throw new IllegalStateException("Request bodies are read asynchronously: every filter before "
                    + getClass().getSimpleName() + " and the servlet must be async-supported");
        }
        AsyncContext async = request.startAsync(request, response);
        async.setTimeout(backstopMillis);
        BodyRead read = new BodyRead(request.getInputStream(), HttpLimits.MAX_BODY_BYTES, budget, pace, watch.now(),
                new Intake(async, request, response));
        async.addListener(new Release(read));
        watch.watch(read);
        request.getInputStream().setReadListener(read);
    }

    private void refusedBeforeReading(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ProblemResponses.write(response, HttpStatus.CONTENT_TOO_LARGE,
                "The request body is larger than " + HttpLimits.MAX_BODY_BYTES + " bytes");
        checks.forEach(check -> check.bodyRefused(request, HttpStatus.CONTENT_TOO_LARGE));
    }

    private final class Intake implements BodyRead.Ending {

        private final AsyncContext async;
        private final HttpServletRequest request;
        private final HttpServletResponse response;

        Intake(AsyncContext async, HttpServletRequest request, HttpServletResponse response) {
            this.async = async;
            this.request = request;
            this.response = response;
        }

        @Override
        public void completed(byte[] body) {
            request.setAttribute(BODY_ATTRIBUTE, body);
            async.dispatch();
        }

        /** Also called from the pace watch's thread: a few hundred bytes fit any socket's send buffer. */
        @Override
        public void refused(HttpStatus status, String detail) {
            try {
                response.setHeader(HttpHeaders.CONNECTION, "close");
                ProblemResponses.write(response, status, detail);
                checks.forEach(check -> check.bodyRefused(request, status));
            } catch (IOException | RuntimeException e) {
                log.debug("Could not answer {} to a refused request body", status.value(), e);
            } finally {
                async.complete();
            }
        }

        @Override
        public void broken() {
            async.complete();
        }
    }

    /** Gives the body's bytes back to the budget when the request ends, and refuses it if Tomcat times it out. */
    private static final class Release implements AsyncListener {

        private final BodyRead read;

        Release(BodyRead read) {
            this.read = read;
        }

        @Override
        public void onComplete(AsyncEvent event) {
            read.release();
        }

        @Override
        public void onTimeout(AsyncEvent event) {
            read.expire();
        }

        @Override
        public void onError(AsyncEvent event) {
            read.release();
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
            event.getAsyncContext().addListener(this);
        }
    }
}
