package org.disputesuite.platform.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** A refusal that the caller can act on; answered as an RFC 9457 problem detail. */
public class ApiProblem extends RuntimeException {

    private final HttpStatus status;
    private final String title;
    private final Map<String, Object> properties = new LinkedHashMap<>();

    public ApiProblem(HttpStatus status, String title, String detail) {
        super(detail);
        this.status = status;
        this.title = title;
    }

    public static ApiProblem notFound(String detail) {
        return new ApiProblem(HttpStatus.NOT_FOUND, "Not found", detail);
    }

    public static ApiProblem forbidden(String detail) {
        return new ApiProblem(HttpStatus.FORBIDDEN, "Forbidden", detail);
    }

    public static ApiProblem conflict(String detail) {
        return new ApiProblem(HttpStatus.CONFLICT, "Conflict", detail);
    }

    public static ApiProblem unprocessable(String detail) {
        return new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "Unprocessable request", detail);
    }

    public static ApiProblem invalid(List<FieldProblem> errors) {
        ApiProblem problem = new ApiProblem(HttpStatus.BAD_REQUEST, "Invalid request",
                "The request has " + errors.size() + " invalid field(s)");
        return problem.with("errors", List.copyOf(errors));
    }

    public static ApiProblem invalid(String field, String message) {
        return invalid(List.of(new FieldProblem(field, message)));
    }

    public ApiProblem with(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    public HttpStatus status() {
        return status;
    }

    public ProblemDetail toProblemDetail() {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(status, getMessage());
        detail.setTitle(title);
        properties.forEach(detail::setProperty);
        return detail;
    }
}
