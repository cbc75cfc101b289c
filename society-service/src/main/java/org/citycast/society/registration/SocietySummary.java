package org.citycast.society.registration;

import java.util.UUID;

import org.springframework.modulith.NamedInterface;

/** The state of a society that every society event carries, so consumers need not call back. */
@NamedInterface("events")
public record SocietySummary(UUID id, String name, String shortName, DisciplineCategory disciplineCategory,
        String hostUnit, SocietyStatus status, DeregistrationStage deregistrationStage, HealthTier healthTier,
        String creditCode, PartyOrganisationForm partyOrganisation) {

    static SocietySummary of(Society society) {
        return new SocietySummary(society.getId(), society.getName(), society.getShortName(),
                society.getDisciplineCategory(), society.getHostUnit(), society.getStatus(),
                society.getDeregistrationStage(), society.getHealthTier(), society.getCreditCode(),
                society.getParty().form());
    }
}
