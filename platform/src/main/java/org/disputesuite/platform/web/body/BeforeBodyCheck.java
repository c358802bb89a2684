package org.disputesuite.platform.web.body;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;

/**
 * A service's checks that must answer before a request's body is read, because the contract puts
 * them first (a webhook's rate and carrier) and because a body may take its time or never come.
 * They run after authentication and before the body limits; each decides which requests it checks.
 */
public interface BeforeBodyCheck {

    /** True to go on to the body; false when it has answered the request itself. */
    boolean admit(HttpServletRequest request, HttpServletResponse response) throws IOException;

    /** The body of an admitted request was refused (413, 408, 503): e.g. for the service's metrics. */
    default void bodyRefused(HttpServletRequest request, HttpStatus status) {
    }
}
