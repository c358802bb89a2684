package org.disputesuite.platform.web.testapp;

import java.util.LinkedHashMap;
import java.util.Map;

import org.disputesuite.platform.security.ApiAccessRules;
import org.disputesuite.platform.security.Caller;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** The smallest service on the platform: an authenticated echo, an operators-only one and an open one. */
@SpringBootApplication
@RestController
public class WebTestApplication {

    @Bean
    ApiAccessRules operatorsOnly() {
        return requests -> requests.requestMatchers("/api/operators/**").hasRole("OPERATOR");
    }

    @PostMapping({"/api/echo", "/api/operators/echo"})
    Map<String, Object> echo(@RequestBody(required = false) byte[] body,
                             @RequestHeader(value = "X-Note", required = false) String note, Caller caller) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("caller", caller.partyId());
        answer.put("bytes", body == null ? 0 : body.length);
        answer.put("note", note);
        return answer;
    }

    @GetMapping("/api/whoami")
    Map<String, Object> whoami(Caller caller) {
        return Map.of("caller", caller.partyId(), "roles", caller.roles().stream().map(Enum::name).sorted().toList());
    }

    @PostMapping("/open/echo")
    Map<String, Object> open(@RequestBody(required = false) byte[] body) {
        return Map.of("bytes", body == null ? 0 : body.length);
    }
}
