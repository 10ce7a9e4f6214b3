package com.lawfirm.conflict.search;

import com.lawfirm.events.intake.CheckRole;
import com.lawfirm.events.intake.CheckedParty;
import com.lawfirm.events.party.IdentifierScheme;
import com.lawfirm.events.party.PartyIdentifier;
import com.lawfirm.events.party.PartyKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** A party to search for or check, as the search and check APIs accept it, with its limits. */
public record PartyIn(@NotNull CheckRole role, @NotNull PartyKind kind, @NotBlank @Size(max = 300) String name,
                      @Size(max = 20) List<@NotBlank @Size(max = 300) String> aliases,
                      @Size(max = 10) List<@Valid @NotNull IdentifierIn> identifiers) {

    public record IdentifierIn(@NotNull IdentifierScheme scheme, @NotBlank @Size(max = 64) String value) {
    }

    public CheckedParty toCheckedParty() {
        return new CheckedParty(role, kind, name, aliases == null ? List.of() : aliases, identifiers == null ? List.of()
                : identifiers.stream().map(i -> new PartyIdentifier(i.scheme(), i.value())).toList());
    }

    public SearchedParty toSearchedParty() {
        CheckedParty party = toCheckedParty();
        return new SearchedParty(party.role(), party.kind(), party.name(), party.aliases(), party.identifiers());
    }
}
