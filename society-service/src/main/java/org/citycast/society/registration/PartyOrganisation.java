package org.citycast.society.registration;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;

import org.springframework.modulith.NamedInterface;

/** A society's party organisation: its form, since when, and how many party members it has. */
@NamedInterface({"register", "lifecycle", "events"})
public record PartyOrganisation(@NotNull PartyOrganisationForm form, @PastOrPresent LocalDate establishedOn,
        @PositiveOrZero Integer memberCount) {

    public static final PartyOrganisation NONE = new PartyOrganisation(PartyOrganisationForm.NONE, null, 0);

    /** The party-building gate (党建门槛): a society joins only once its party organisation exists. */
    public boolean setUp() {
        return form != PartyOrganisationForm.NONE;
    }
}
