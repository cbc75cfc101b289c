package org.citycast.funding.review;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.citycast.funding.application.GrantView;
import org.citycast.funding.platform.CurrentUser;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/funding")
class ReviewController {

    private final Reviews reviews;

    ReviewController(Reviews reviews) {
        this.reviews = reviews;
    }

    record Assignment(@NotEmpty @Size(max = 20) List<@NotNull UUID> expertIds) {
    }

    record Scores(@NotNull Map<String, Integer> scores, @Size(max = 4000) String comments) {
    }

    record Declaration(UUID expertId, UUID applicationId, UUID societyId, @NotBlank @Size(max = 500) String reason) {
    }

    @PostMapping("/applications/{id}/reviewers")
    @PreAuthorize("hasRole('ADMIN')")
    List<Reviews.AssignmentView> assign(@PathVariable UUID id, @Valid @RequestBody Assignment assignment) {
        return reviews.assign(id, assignment.expertIds(), CurrentUser.get());
    }

    /** The review sheet: the application, the rubric, one's own scores and, once the stage is closed, everyone's. */
    @GetMapping("/applications/{id}/reviews")
    @PreAuthorize("hasAnyRole('ADMIN', 'REVIEWER')")
    Reviews.ReviewSheet sheet(@PathVariable UUID id) {
        return reviews.sheet(id, CurrentUser.get());
    }

    @PutMapping("/applications/{id}/reviews/mine")
    @PreAuthorize("hasRole('REVIEWER')")
    Reviews.ReviewSheet score(@PathVariable UUID id, @Valid @RequestBody Scores scores) {
        return reviews.score(id, scores.scores(), scores.comments(), CurrentUser.get());
    }

    @PostMapping("/applications/{id}/review-closing")
    @PreAuthorize("hasRole('ADMIN')")
    GrantView close(@PathVariable UUID id) {
        return reviews.close(id);
    }

    /** A reviewer's own reviews (never those they have a conflict with); ADMIN's, filtered by {@code expertId}. */
    @GetMapping("/reviews/assignments")
    @PreAuthorize("hasAnyRole('ADMIN', 'REVIEWER')")
    Page<Reviews.AssignmentItem> assignments(Reviews.AssignmentFilter filter, Pageable page) {
        return reviews.assignments(filter, page, CurrentUser.get());
    }

    @PostMapping("/reviews/conflicts")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('ADMIN', 'REVIEWER')")
    DeclaredConflict declare(@Valid @RequestBody Declaration declaration) {
        return reviews.declare(declaration.expertId(), declaration.applicationId(), declaration.societyId(),
                declaration.reason(), CurrentUser.get());
    }

    @GetMapping("/reviews/conflicts")
    @PreAuthorize("hasRole('ADMIN')")
    Page<DeclaredConflict> conflicts(@RequestParam(required = false) UUID expertId,
            @RequestParam(required = false) UUID societyId, Pageable page) {
        return reviews.conflicts(expertId, societyId, page);
    }
}
