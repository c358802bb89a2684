package org.disputesuite.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

class JsonPathTest {

    record Event(String eventId, Instant occurredAt) {
    }

    record Webhook(String trackingNumber, List<Event> events) {
    }

    @Test
    void namesTheFieldOfAValueWithTheWrongFormat() {
        JacksonException error = parseError("{\"trackingNumber\":\"T\",\"events\":[{\"eventId\":\"e\",\"occurredAt\":\"yesterday\"}]}");

        ApiProblem problem = ProblemDetailsAdvice.unreadable(error);

        assertThat(problem.status().value()).isEqualTo(400);
        assertThat(problem.toProblemDetail().getProperties().get("errors"))
                .isEqualTo(List.of(new FieldProblem("events[0].occurredAt", "has the wrong type or format")));
    }

    @Test
    void saysTheBodyIsNotJsonWhenItDoesNotParse() {
        ApiProblem problem = ProblemDetailsAdvice.unreadable(parseError("{\"trackingNumber\":"));

        assertThat(problem.getMessage()).isEqualTo("The request body is not valid JSON");
    }

    private static JacksonException parseError(String json) {
        try {
            JsonMapper.builder().build().readValue(json, Webhook.class);
        } catch (JacksonException e) {
            return e;
        }
        throw new AssertionError("expected a parse error");
    }
}
