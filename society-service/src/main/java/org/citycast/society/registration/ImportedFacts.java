package org.citycast.society.registration;

import java.time.LocalDate;

import org.springframework.modulith.NamedInterface;

/**
 * What an import of the existing register states about a society besides its profile, as the
 * association's old records have it, and ADMIN's reason for importing it.
 */
@NamedInterface("lifecycle")
public record ImportedFacts(String reason, String creditCode, LocalDate registeredOn, LocalDate joinedOn,
        HealthTier healthTier, PartyOrganisation party) {

    public static ImportedFacts of(String reason, String creditCode, LocalDate registeredOn) {
        return new ImportedFacts(reason, creditCode, registeredOn, null, null, null);
    }
}
