package org.citycast.society.directory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.citycast.society.registration.DisciplineCategory;
import org.citycast.society.registration.HealthTier;
import org.citycast.society.registration.PartyOrganisationForm;
import org.citycast.society.registration.SocietyStatus;

/** One row of the register as lists and exports show it. */
record SocietyListItem(UUID id, String name, String shortName, DisciplineCategory disciplineCategory,
        String hostUnit, SocietyStatus status, HealthTier healthTier, String creditCode, LocalDate registeredOn,
        LocalDate foundedOn, LocalDate joinedOn, Integer individualMembers, Integer unitMembers, BigDecimal assets,
        String address, String legalRepresentative, PartyOrganisationForm partyOrganisation) {
}
