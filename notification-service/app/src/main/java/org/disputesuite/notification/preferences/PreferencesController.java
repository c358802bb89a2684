package org.disputesuite.notification.preferences;

import org.disputesuite.platform.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A party reads and sets its own preferences; nobody else's. */
@RestController
@RequestMapping("/api/v1/preferences")
class PreferencesController {

    private final PreferencesStore store;

    PreferencesController(PreferencesStore store) {
        this.store = store;
    }

    @GetMapping
    PreferencesView read(Caller caller) {
        return PreferencesView.of(store.of(caller.partyId()));
    }

    @PutMapping
    PreferencesView replace(Caller caller, @RequestBody PreferencesRequest request) {
        return PreferencesView.of(store.save(request.toPreferences(caller.partyId())));
    }
}
