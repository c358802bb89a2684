package org.disputesuite.platform.web.body;

import java.io.IOException;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * When a request was answered before its body was read (401, 403, a firewall 400, a check before
 * the body, a declared 413), sends the answer, reads and drops the rest of the body without a
 * thread, at the same pace rules, and closes the connection. Tomcat would otherwise swallow the
 * rest in a blocking read on the request thread, which a client trickling its body could hold
 * for as long as it likes. It runs before authentication, around everything else. An answer
 * already committed (one that set its length) cannot close the connection any more: then a body
 * read to its end keeps the connection, and one refused leaves its rest to Tomcat's parser, which
 * refuses it as a malformed next request, still without holding a thread.
 */
public class UnreadBodyFilter extends HttpFilter {

    private final BodyPace pace;
    private final PaceWatch watch;
    private final long backstopMillis;

    UnreadBodyFilter(HttpLimits limits, PaceWatch watch) {
        this.pace = new BodyPace(limits);
        this.watch = watch;
        this.backstopMillis = limits.bodyTimeout().toMillis() + BodyIntakeFilter.BACKSTOP_MARGIN_MILLIS;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, response);
        if (request.getDispatcherType() != DispatcherType.REQUEST || request.isAsyncStarted()
                || !Bodies.declared(request) || !request.isAsyncSupported()) {
            return;
        }
        ServletInputStream in;
        try {
            in = request.getInputStream();
        } catch (IllegalStateException readAsText) {
            return;
        }
        if (in.isFinished()) {
            return;
        }
        if (!response.isCommitted()) {
            response.setHeader(HttpHeaders.CONNECTION, "close");
        }
        AsyncContext async = request.startAsync(request, response);
        async.setTimeout(backstopMillis);
        async.addListener(new AsyncListener() {
            @Override
            public void onTimeout(AsyncEvent event) {
                async.complete();
            }

            @Override
            public void onComplete(AsyncEvent event) {
            }

            @Override
            public void onError(AsyncEvent event) {
            }

            @Override
            public void onStartAsync(AsyncEvent event) {
            }
        });
        response.flushBuffer();
        if (request.getContentLengthLong() > HttpLimits.MAX_BODY_BYTES) {
            async.complete();
            return;
        }
        BodyRead drain = new BodyRead(in, HttpLimits.MAX_BODY_BYTES, null, pace, watch.now(), new BodyRead.Ending() {
            @Override
            public void completed(byte[] body) {
                async.complete();
            }

            @Override
            public void refused(HttpStatus status, String detail) {
                async.complete();
            }

            @Override
            public void broken() {
                async.complete();
            }
        });
        watch.watch(drain);
        in.setReadListener(drain);
    }
}
