package org.citycast.society.registration;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.modulith.NamedInterface;

/**
 * A society as the API shows it and the audit trail remembers it. {@code creditCodeWarning} says
 * when the code passed its own check but the organisation code inside it fails GB 11714, as some
 * early real codes do: accepted, but worth a second look. {@code origin} says how it came onto the
 * register; an imported society carries ADMIN's {@code importReason}.
 */
@NamedInterface("lifecycle")
public record SocietyDetails(UUID id, String name, String shortName, DisciplineCategory disciplineCategory,
        String disciplineCategoryLabel, String hostUnit, SocietyStatus status, DeregistrationStage deregistrationStage,
        String statusReason, HealthTier healthTier, String creditCode, String creditCodeWarning,
        LocalDate registeredOn, LocalDate foundedOn,
        LocalDate joinedOn, Integer individualMembers, Integer unitMembers, BigDecimal assets, String address,
        String legalRepresentative, int termYears, String website, String description, SocietyOrigin origin,
        String importReason, PartyOrganisation partyOrganisation, List<Leader> leaders, List<Contact> contacts,
        Instant createdAt, Instant updatedAt, Long version) {

    public static SocietyDetails of(Society s) {
        return new SocietyDetails(s.getId(), s.getName(), s.getShortName(), s.getDisciplineCategory(),
                s.getDisciplineCategory().label(), s.getHostUnit(), s.getStatus(), s.getDeregistrationStage(),
                s.getStatusReason(), s.getHealthTier(), s.getCreditCode(),
                s.getCreditCode() == null ? null : CreditCode.check(s.getCreditCode()).warning().orElse(null),
                s.getRegisteredOn(), s.getFoundedOn(),
                s.getJoinedOn(), s.getIndividualMembers(), s.getUnitMembers(), s.getAssets(), s.getAddress(),
                s.getLegalRepresentative(), s.getTermYears(), s.getWebsite(), s.getDescription(), s.getOrigin(),
                s.getImportReason(), s.getParty(), s.getLeaders(), s.getContacts(),
                s.getCreatedAt(), s.getUpdatedAt(), s.getVersion());
    }
}
