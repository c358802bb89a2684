package org.disputesuite.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CallerTests {

    @Test
    void aDecomposedPartyIdNamesTheSamePartyAsItsComposedForm() {
        String composed = Normalizer.normalize("seller-josé", Normalizer.Form.NFC);
        String decomposed = Normalizer.normalize("seller-josé", Normalizer.Form.NFD);

        Caller caller = new Caller(decomposed, Set.of(Role.SELLER));

        assertThat(caller.partyId()).isEqualTo(composed);
        assertThat(caller.mayRead(composed)).isTrue();
    }

    @Test
    void aPartyReadsOnlyWhatNamesItAndAnOperatorReadsEverything() {
        assertThat(new Caller("buyer-17", Set.of(Role.BUYER)).mayRead("seller-3", "buyer-18")).isFalse();
        assertThat(new Caller("ops-1", Set.of(Role.OPERATOR)).mayRead("seller-3")).isTrue();
    }
}
