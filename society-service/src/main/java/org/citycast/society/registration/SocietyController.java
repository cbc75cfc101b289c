package org.citycast.society.registration;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.citycast.society.platform.CurrentUser;
import org.citycast.society.platform.DomainException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The register's records and their lifecycle steps. Lists, search and exports are in {@code directory}. */
@RestController
@RequestMapping("/api/societies")
class SocietyController {

    private final RegistrationService registration;
    private final SocietyRegister register;

    SocietyController(RegistrationService registration, SocietyRegister register) {
        this.registration = registration;
        this.register = register;
    }

    /**
     * A society as it comes onto the register: the profile, what civil affairs already gave it if
     * it is registered, and, for an import of the existing register, ADMIN's {@code reason} and what
     * the old records say of it (health tier, party organisation, the day it joined).
     */
    record NewSociety(
            @NotBlank @Size(max = 100) String name,
            @Size(max = 40) String shortName,
            @NotNull DisciplineCategory disciplineCategory,
            @NotBlank @Size(max = 100) String hostUnit,
            @PastOrPresent LocalDate foundedOn,
            @PositiveOrZero Integer individualMembers,
            @PositiveOrZero Integer unitMembers,
            @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal assets,
            @Size(max = 200) String address,
            @Size(max = 40) String legalRepresentative,
            @Min(1) @Max(5) Integer termYears,
            @Valid @Size(max = 20) List<Contact> contacts,
            @Size(max = 200) @Pattern(regexp = "https?://\\S+",
                    message = "must be a web address starting with http:// or https://") String website,
            @Size(max = 2000) String description,
            @Pattern(regexp = "[0-9A-Z]{18}", message = "must be an 18-character unified social credit code")
            String creditCode,
            @PastOrPresent LocalDate registeredOn,
            @PastOrPresent LocalDate joinedOn,
            HealthTier healthTier,
            @Valid PartyOrganisation partyOrganisation,
            @Size(max = 500) String reason) {

        SocietyProfile profile() {
            return new SocietyProfile(name, shortName, disciplineCategory, hostUnit, foundedOn, individualMembers,
                    unitMembers, assets, address, legalRepresentative, termYears, contacts, website, description);
        }

        ImportedFacts imported() {
            return new ImportedFacts(reason, creditCode, registeredOn, joinedOn, healthTier, partyOrganisation);
        }
    }

    /** ADMIN's correction: the whole profile as it should read, and why. */
    record Correction(
            @NotBlank @Size(max = 100) String name,
            @Size(max = 40) String shortName,
            @NotNull DisciplineCategory disciplineCategory,
            @NotBlank @Size(max = 100) String hostUnit,
            @PastOrPresent LocalDate foundedOn,
            @PositiveOrZero Integer individualMembers,
            @PositiveOrZero Integer unitMembers,
            @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal assets,
            @Size(max = 200) String address,
            @Size(max = 40) String legalRepresentative,
            @Min(1) @Max(5) Integer termYears,
            @Valid @Size(max = 20) List<Contact> contacts,
            @Size(max = 200) @Pattern(regexp = "https?://\\S+",
                    message = "must be a web address starting with http:// or https://") String website,
            @Size(max = 2000) String description,
            @NotBlank @Size(max = 500) String reason) {

        SocietyProfile profile() {
            return new SocietyProfile(name, shortName, disciplineCategory, hostUnit, foundedOn, individualMembers,
                    unitMembers, assets, address, legalRepresentative, termYears, contacts, website, description);
        }
    }

    record Reason(@NotBlank @Size(max = 500) String reason) {
    }

    /** ADMIN's rating by hand; the reason is kept with the override (see {@code activity}). */
    record HealthRating(@NotNull HealthTier healthTier, @Size(max = 500) String reason) {
    }

    /**
     * Imports one society of the register as it stood before the platform: active at once, marked
     * imported, with ADMIN's reason. New societies are founded or transfer in instead.
     */
    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<SocietyDetails> importExisting(@Valid @RequestBody NewSociety request) {
        return created(registration.importExisting(UUID.randomUUID(), request.profile(), request.imported()));
    }

    /**
     * Opens a founding application. A secretary files it for the society their account was made
     * for: its id is the {@code society_id} in their token.
     */
    @PostMapping("/founding-applications")
    @PreAuthorize("hasAnyRole('ADMIN', 'SOCIETY_SECRETARY')")
    ResponseEntity<SocietyDetails> applyToFound(@Valid @RequestBody NewSociety request) {
        CurrentUser user = CurrentUser.get();
        UUID id = user.admin() ? UUID.randomUUID() : user.societyId()
                .orElseThrow(() -> DomainException.forbidden("Your account is not linked to a society."));
        return created(registration.applyToFound(id, request.profile()));
    }

    /** Records a society registered under another bureau that transfers in; it joins through the party gate. */
    @PostMapping("/transfers")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<SocietyDetails> transferIn(@Valid @RequestBody NewSociety request) {
        if (request.creditCode() == null) {
            throw DomainException.invalid("creditCode", "is required for a society that is already registered");
        }
        return created(registration.transferIn(UUID.randomUUID(), request.profile(), request.creditCode(),
                request.registeredOn(), request.partyOrganisation()));
    }

    @GetMapping("/{id}")
    SocietyDetails get(@PathVariable UUID id) {
        return SocietyDetails.of(register.find(id, CurrentUser.get()));
    }

    /** The secretariat's own part of the record (address, website, description, contacts); nothing else. */
    @PutMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'SOCIETY_SECRETARY')")
    SocietyDetails editSecretariat(@PathVariable UUID id, @Valid @RequestBody SecretariatDetails details) {
        return SocietyDetails.of(registration.editSecretariat(id, details, CurrentUser.get()));
    }

    /** The whole founding application, while it is a draft. */
    @PutMapping("/{id}/founding-application")
    @PreAuthorize("hasAnyRole('ADMIN', 'SOCIETY_SECRETARY')")
    SocietyDetails editApplication(@PathVariable UUID id, @Valid @RequestBody SocietyProfile profile) {
        return SocietyDetails.of(registration.editApplication(id, profile, CurrentUser.get()));
    }

    /** ADMIN's correction of the registered details, at any status, with a reason. */
    @PutMapping("/{id}/correction")
    @PreAuthorize("hasRole('ADMIN')")
    SocietyDetails correct(@PathVariable UUID id, @Valid @RequestBody Correction correction) {
        return SocietyDetails.of(registration.correct(id, correction.profile(), correction.reason()));
    }

    @PostMapping("/{id}/submission")
    @PreAuthorize("hasAnyRole('ADMIN', 'SOCIETY_SECRETARY')")
    SocietyDetails submit(@PathVariable UUID id) {
        return SocietyDetails.of(registration.submit(id, CurrentUser.get()));
    }

    @PostMapping("/{id}/return")
    @PreAuthorize("hasRole('ADMIN')")
    SocietyDetails returnToDraft(@PathVariable UUID id, @Valid @RequestBody Reason reason) {
        return SocietyDetails.of(registration.returnToDraft(id, reason.reason()));
    }

    @PostMapping("/{id}/pre-approval")
    @PreAuthorize("hasRole('ADMIN')")
    SocietyDetails preApprove(@PathVariable UUID id) {
        return SocietyDetails.of(registration.preApprove(id));
    }

    @PostMapping("/{id}/joining")
    @PreAuthorize("hasRole('ADMIN')")
    SocietyDetails join(@PathVariable UUID id) {
        return SocietyDetails.of(registration.join(id));
    }

    @PutMapping("/{id}/party-organisation")
    @PreAuthorize("hasAnyRole('ADMIN', 'SOCIETY_SECRETARY')")
    SocietyDetails changePartyOrganisation(@PathVariable UUID id, @Valid @RequestBody PartyOrganisation party) {
        return SocietyDetails.of(registration.changePartyOrganisation(id, party, CurrentUser.get()));
    }

    @PutMapping("/{id}/health-tier")
    @PreAuthorize("hasRole('ADMIN')")
    SocietyDetails rateHealth(@PathVariable UUID id, @Valid @RequestBody HealthRating rating) {
        return SocietyDetails.of(registration.rateHealth(id, rating.healthTier(),
                rating.reason() == null || rating.reason().isBlank() ? null : rating.reason().strip()));
    }

    @PostMapping("/{id}/deregistration/resolution")
    @PreAuthorize("hasAnyRole('ADMIN', 'SOCIETY_SECRETARY')")
    SocietyDetails resolveToDissolve(@PathVariable UUID id, @Valid @RequestBody Reason reason) {
        return SocietyDetails.of(registration.resolveToDissolve(id, reason.reason(), CurrentUser.get()));
    }

    @PostMapping("/{id}/deregistration/liquidation")
    @PreAuthorize("hasRole('ADMIN')")
    SocietyDetails recordLiquidation(@PathVariable UUID id) {
        return SocietyDetails.of(registration.recordLiquidation(id));
    }

    @PostMapping("/{id}/deregistration/consent")
    @PreAuthorize("hasRole('ADMIN')")
    SocietyDetails consentToDeregistration(@PathVariable UUID id) {
        return SocietyDetails.of(registration.consentToDeregistration(id));
    }

    private static ResponseEntity<SocietyDetails> created(Society society) {
        return ResponseEntity.created(URI.create("/api/societies/" + society.getId()))
                .body(SocietyDetails.of(society));
    }
}
