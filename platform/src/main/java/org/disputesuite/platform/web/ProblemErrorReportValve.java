package org.disputesuite.platform.web;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;

/**
 * Tomcat's answer to requests it refuses before any servlet sees them (an invalid URI, a request
 * it cannot map), as a problem detail instead of its HTML page. Never shows Tomcat's message,
 * which may quote the request.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        HttpStatus answer = known == null ? HttpStatus.BAD_REQUEST : known;
        try {
            response.setSuspended(false);
            response.resetBuffer();
            ProblemResponses.write(response.getResponse(), answer, detail(answer));
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the response was taken over; there is nobody to tell.
        }
    }

    private static String detail(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "The server cannot read this request (its target, headers or framing are not accepted)";
            case NOT_FOUND -> "Nothing is served at this address";
            case REQUEST_HEADER_FIELDS_TOO_LARGE -> "The request headers are larger than the server accepts";
            case URI_TOO_LONG -> "The request target is longer than the server accepts";
            default -> status.getReasonPhrase();
        };
    }
}
