package org.citycast.funding.financing;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;

import org.citycast.funding.platform.CurrentUser;
import org.citycast.funding.platform.DomainException;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/funding/financing-links")
class FinancingController {

    private final Financing financing;

    FinancingController(Financing financing) {
        this.financing = financing;
    }

    /** Newest first, narrowed by {@code societyId}, {@code instrument}, {@code year} in force or {@code q}. */
    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'SOCIETY_SECRETARY')")
    Page<LinkView> list(Financing.LinkFilter filter, Pageable page) {
        return financing.list(filter, page, CurrentUser.get());
    }

    @GetMapping("/{id}")
    LinkView get(@PathVariable UUID id) {
        return financing.find(id, CurrentUser.get());
    }

    /** A secretary records for the society in their token; ADMIN names the society with {@code societyId}. */
    @PostMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'SOCIETY_SECRETARY')")
    ResponseEntity<LinkView> record(@RequestParam(required = false) UUID societyId,
            @Valid @RequestBody LinkForm form) {
        CurrentUser user = CurrentUser.get();
        UUID society = societyId != null ? societyId : user.societyId()
                .orElseThrow(() -> DomainException.invalid("societyId", "is required"));
        LinkView link = financing.record(society, form, user);
        return ResponseEntity.created(URI.create("/api/funding/financing-links/" + link.id())).body(link);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'SOCIETY_SECRETARY')")
    LinkView correct(@PathVariable UUID id, @Valid @RequestBody LinkForm form) {
        return financing.correct(id, form, CurrentUser.get());
    }
}
