package org.disputesuite.notification.preferences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.disputesuite.notification.message.Channel;
import org.disputesuite.platform.web.ApiProblem;
import org.disputesuite.platform.web.FieldProblem;
import org.junit.jupiter.api.Test;

class PreferencesRequestTests {

    @Test
    void acceptsWhatTheApiShows() {
        Preferences preferences = new PreferencesRequest("es-es", "Europe/Madrid", "ana@example.org",
                "https://seller.example/hooks", List.of("INBOX", "EMAIL", "WEBHOOK")).toPreferences("buyer-17");

        assertThat(preferences.locale()).isEqualTo(Locale.forLanguageTag("es-ES"));
        assertThat(preferences.locale().toLanguageTag()).isEqualTo("es-ES");
        assertThat(preferences.timeZone()).isEqualTo(ZoneId.of("Europe/Madrid"));
        assertThat(preferences.webhookUrl()).isEqualTo(URI.create("https://seller.example/hooks"));
        assertThat(preferences.channels()).containsExactlyInAnyOrder(Channel.INBOX, Channel.EMAIL, Channel.WEBHOOK);
    }

    @Test
    void alwaysKeepsTheInboxAndDefaultsWhatIsLeftOut() {
        Preferences preferences = new PreferencesRequest(null, null, null, null, List.of()).toPreferences("buyer-17");

        assertThat(preferences).isEqualTo(Preferences.defaults("buyer-17"));
        assertThat(preferences.channels()).containsExactly(Channel.INBOX);
    }

    @Test
    void namesEveryFieldThatIsWrong() {
        ApiProblem problem = catchThrowableOfType(ApiProblem.class, () -> new PreferencesRequest("en_US", "Mars/Olympus",
                "not-an-address", "ftp://seller.example/hooks", List.of("INBOX", "SMS")).toPreferences("buyer-17"));

        assertThat(fields(problem)).containsExactlyInAnyOrder("locale", "timeZone", "email", "webhookUrl", "channels[1]");
    }

    @Test
    void needsAnAddressForEachChosenChannel() {
        ApiProblem problem = catchThrowableOfType(ApiProblem.class, () -> new PreferencesRequest("en", "UTC", null, null,
                List.of("EMAIL", "WEBHOOK")).toPreferences("seller-3"));

        assertThat(fields(problem)).containsExactlyInAnyOrder("email", "webhookUrl");
    }

    @Test
    void refusesUrlsWithoutHostAndAddressesWithoutDomain() {
        ApiProblem problem = catchThrowableOfType(ApiProblem.class, () -> new PreferencesRequest(null, null, "ana@example",
                "https:///hooks", null).toPreferences("seller-3"));

        assertThat(fields(problem)).containsExactlyInAnyOrder("email", "webhookUrl");
    }

    @SuppressWarnings("unchecked")
    private static List<String> fields(ApiProblem problem) {
        assertThat(problem).isNotNull();
        List<FieldProblem> errors = (List<FieldProblem>) problem.toProblemDetail().getProperties().get("errors");
        return errors.stream().map(FieldProblem::field).toList();
    }
}
