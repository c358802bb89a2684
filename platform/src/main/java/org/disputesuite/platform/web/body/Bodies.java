package org.disputesuite.platform.web.body;

import jakarta.servlet.http.HttpServletRequest;

final class Bodies {

    private Bodies() {
    }

    /** Whether the request says a body follows: a length above zero, or chunks. */
    static boolean declared(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }
}
