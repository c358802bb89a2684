package org.disputesuite.platform.web;

/** One invalid field of a request: a dot path with indexes ({@code events[0].occurredAt}) and why. */
public record FieldProblem(String field, String message) {
}
