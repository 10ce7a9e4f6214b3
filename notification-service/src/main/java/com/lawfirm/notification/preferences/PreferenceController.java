package com.lawfirm.notification.preferences;

import com.lawfirm.kit.problem.InvalidFieldException;
import com.lawfirm.notification.preferences.Preferences.Preference;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
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
                        LocalTime quietUntil,
                        @Size(max = 2) List<@NotBlank @Pattern(regexp = "INBOX|EMAIL", message = "must be INBOX or EMAIL") String> channels,
                        @Email @Size(max = 254) String email,
                        @Pattern(regexp = "zh|en", message = "must be zh or en") String language) {
    }

    private final Preferences preferences;

    PreferenceController(Preferences preferences) {
        this.preferences = preferences;
    }

    @GetMapping
    Preference get(@PathVariable String recipientId, Authentication caller) {
        requireOwnOrAdmin(recipientId, caller);
        return preferences.of(recipientId).orElse(Preference.none(recipientId));
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
        List<String> channels = body.channels() == null ? List.of() : List.copyOf(new java.util.LinkedHashSet<>(body.channels()));
        // clients are written to at the address they gave the firm; staff give theirs here
        if (channels.contains("EMAIL") && body.email() == null && !recipientId.startsWith("client:")) {
            throw new InvalidFieldException("email", "e-mail as a preferred channel needs an address");
        }
        Preference preference = new Preference(recipientId, optOut, body.quietFrom(), body.quietUntil(), channels,
                body.email(), body.language());
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
