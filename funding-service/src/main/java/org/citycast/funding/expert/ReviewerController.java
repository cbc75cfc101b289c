package org.citycast.funding.expert;

import java.util.UUID;

import org.citycast.funding.platform.DomainException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The experts ADMIN may assign as reviewers, with what recusal knows of them. */
@RestController
@RequestMapping("/api/funding/reviewers")
@PreAuthorize("hasRole('ADMIN')")
class ReviewerController {

    private final ExpertRoster roster;

    ReviewerController(ExpertRoster roster) {
        this.roster = roster;
    }

    @GetMapping
    Page<ExpertProfile> list(@RequestParam(required = false) String q, Pageable page) {
        return roster.list(q, page);
    }

    @GetMapping("/{id}")
    ExpertProfile get(@PathVariable UUID id) {
        return roster.find(id).orElseThrow(() -> DomainException.notFound("Expert", id));
    }
}
