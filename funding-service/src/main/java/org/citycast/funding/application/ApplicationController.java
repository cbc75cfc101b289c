package org.citycast.funding.application;

import java.net.URI;
import java.time.Clock;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.citycast.funding.platform.AssociationTime;
import org.citycast.funding.platform.CurrentUser;
import org.citycast.funding.platform.DomainException;
import org.citycast.funding.platform.Spreadsheets;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/funding/applications")
class ApplicationController {

    private final Applications applications;
    private final ApplicationDirectory directory;
    private final Clock clock;

    ApplicationController(Applications applications, ApplicationDirectory directory, Clock clock) {
        this.applications = applications;
        this.directory = directory;
        this.clock = clock;
    }

    record Withdrawal(@Size(max = 500) String reason) {
    }

    record FormalCheck(@NotNull Boolean passed, @Size(max = 2000) String comments) {
    }

    /** Newest first unless {@code sort} says otherwise; a secretary sees only their own society's. */
    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'SOCIETY_SECRETARY')")
    Page<GrantView> list(ApplicationFilter filter, Pageable page) {
        return directory.list(filter, page, CurrentUser.get());
    }

    @GetMapping("/export.xlsx")
    @PreAuthorize("hasAnyRole('ADMIN', 'SOCIETY_SECRETARY')")
    ResponseEntity<byte[]> export(ApplicationFilter filter, Sort sort) {
        return Spreadsheets.download("资助申请-" + AssociationTime.today(clock) + ".xlsx", "资助申请",
                ApplicationWorkbook.COLUMNS, directory.all(filter, sort, CurrentUser.get()));
    }

    /**
     * Saves a draft. A secretary drafts for the society in their token; ADMIN names the society
     * with {@code societyId}.
     */
    @PostMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'SOCIETY_SECRETARY')")
    ResponseEntity<GrantView> draft(@RequestParam(required = false) UUID societyId,
            @Valid @RequestBody ApplicationForm form) {
        CurrentUser user = CurrentUser.get();
        UUID society = societyId != null ? societyId : user.societyId()
                .orElseThrow(() -> DomainException.invalid("societyId", "is required"));
        GrantView draft = applications.draft(society, form, user);
        return ResponseEntity.created(URI.create("/api/funding/applications/" + draft.id())).body(draft);
    }

    @GetMapping("/{id}")
    GrantView get(@PathVariable UUID id) {
        return applications.find(id, CurrentUser.get());
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'SOCIETY_SECRETARY')")
    GrantView revise(@PathVariable UUID id, @Valid @RequestBody ApplicationForm form) {
        return applications.revise(id, form, CurrentUser.get());
    }

    @PostMapping("/{id}/submission")
    @PreAuthorize("hasAnyRole('ADMIN', 'SOCIETY_SECRETARY')")
    GrantView submit(@PathVariable UUID id) {
        return applications.submit(id, CurrentUser.get());
    }

    @PostMapping("/{id}/withdrawal")
    @PreAuthorize("hasAnyRole('ADMIN', 'SOCIETY_SECRETARY')")
    GrantView withdraw(@PathVariable UUID id, @Valid @RequestBody(required = false) Withdrawal withdrawal) {
        return applications.withdraw(id, withdrawal == null ? null : withdrawal.reason(), CurrentUser.get());
    }

    @PostMapping("/{id}/formal-check")
    @PreAuthorize("hasRole('ADMIN')")
    GrantView formalCheck(@PathVariable UUID id, @Valid @RequestBody FormalCheck check) {
        return applications.formalCheck(id, check.passed(), check.comments());
    }
}
