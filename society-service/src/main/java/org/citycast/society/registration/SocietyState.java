package org.citycast.society.registration;

import java.util.UUID;

import org.springframework.modulith.NamedInterface;

/** Where a society stood at some moment: its status, health tier and party organisation's form. */
@NamedInterface("register")
public record SocietyState(UUID societyId, SocietyStatus status, HealthTier healthTier,
        PartyOrganisationForm partyOrganisation) {
}
