package org.citycast.society.registration;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.citycast.society.platform.CurrentUser;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/societies")
class SocietyController {

    private final RegistrationService registration;

    SocietyController(RegistrationService registration) {
        this.registration = registration;
    }

    record RegisterSociety(
            @NotBlank @Size(max = 100) String name,
            @Size(max = 40) String shortName,
            @NotNull DisciplineCategory disciplineCategory,
            @NotBlank @Size(max = 100) String hostUnit,
            @Pattern(regexp = "[0-9A-HJ-NPQRTUWXY]{18}", message = "must be an 18-character unified social credit code")
            String creditCode) {

        SocietyDescription description() {
            return new SocietyDescription(name, shortName, disciplineCategory, hostUnit);
        }
    }

    record SocietyView(UUID id, String name, String shortName, DisciplineCategory disciplineCategory,
            String disciplineCategoryLabel, String hostUnit, SocietyStatus status, HealthTier healthTier,
            String creditCode, Instant createdAt, Instant updatedAt) {

        static SocietyView of(Society society) {
            return new SocietyView(society.getId(), society.getName(), society.getShortName(),
                    society.getDisciplineCategory(), society.getDisciplineCategory().label(), society.getHostUnit(),
                    society.getStatus(), society.getHealthTier(), society.getCreditCode(), society.getCreatedAt(),
                    society.getUpdatedAt());
        }
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<SocietyView> register(@Valid @RequestBody RegisterSociety request) {
        Society society = registration.register(request.description(), request.creditCode());
        return ResponseEntity.created(URI.create("/api/societies/" + society.getId())).body(SocietyView.of(society));
    }

    @GetMapping
    Page<SocietyView> list(Pageable page) {
        return registration.list(page, CurrentUser.get()).map(SocietyView::of);
    }

    @GetMapping("/{id}")
    SocietyView get(@PathVariable UUID id) {
        return SocietyView.of(registration.find(id, CurrentUser.get()));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'SOCIETY_SECRETARY')")
    SocietyView describe(@PathVariable UUID id, @Valid @RequestBody SocietyDescription description) {
        return SocietyView.of(registration.describe(id, description, CurrentUser.get()));
    }
}
