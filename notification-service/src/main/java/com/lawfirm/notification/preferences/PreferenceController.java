package com.lawfirm.notification.preferences;

import com.lawfirm.kit.problem.InvalidFieldException;
import com.lawfirm.notification.preferences.Preferences.Preference;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalTime;
import java.util.List;

/** Recipients' preferences over HTTP: a member of staff manages their own; administrators anyone's, clients' too. */
@RestController
@RequestMapping("/api/preferences/{recipientId}")
@PreAuthorize("hasAnyRole('INTAKE', 'LAWYER', 'PARTNER', 'CONFLICTS_ANALYST', 'BILLING', 'ARCHIVIST', 'AUDITOR', 'ADMIN')")
class PreferenceController {

    record PreferenceIn(@Size(max = 50) List<@NotBlank @Size(max = 100) String> optOut, LocalTime quietFrom,
                        LocalTime quietUntil) {
    }

    private final Preferences preferences;

    PreferenceController(Preferences preferences) {
        this.preferences = preferences;
    }

    @GetMapping
    Preference get(@PathVariable String recipientId, Authentication caller) {
        requireOwnOrAdmin(recipientId, caller);
        return preferences.of(recipientId).orElse(new Preference(recipientId, List.of(), null, null));
    }

    @PutMapping
    Preference put(@PathVariable String recipientId, @Valid @RequestBody PreferenceIn body, Authentication caller) {
        requireOwnOrAdmin(recipientId, caller);
        if ((body.quietFrom() == null) != (body.quietUntil() == null)) {
            throw new InvalidFieldException("quietUntil", "quiet hours need both a start and an end");
        }
        List<String> optOut = body.optOut() == null ? List.of() : List.copyOf(body.optOut());
        optOut.stream().filter(preferences::isMandatory).findFirst().ifPresent(key -> {
            throw new InvalidFieldException("optOut", key + " is mandatory and cannot be opted out of");
        });
        Preference preference = new Preference(recipientId, optOut, body.quietFrom(), body.quietUntil());
        preferences.save(preference);
        return preference;
    }

    private static void requireOwnOrAdmin(String recipientId, Authentication caller) {
        boolean admin = caller.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_ADMIN"));
        if (!admin && !caller.getName().equalsIgnoreCase(recipientId)) {
            throw new AccessDeniedException("only your own preferences");
        }
    }
}
