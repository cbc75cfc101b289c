package org.citycast.expert.pool;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.citycast.expert.platform.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Nominations to a pool: by a society, vetted by the committee, decided by ADMIN. */
@RestController
@RequestMapping("/api/experts/nominations")
class PoolNominationController {

    private final PoolNominationService nominations;

    PoolNominationController(PoolNominationService nominations) {
        this.nominations = nominations;
    }

    /** {@code societyId} is for ADMIN; a secretary nominates for the society in their token. */
    record NewNomination(@NotBlank @Size(max = 40) String pool, UUID societyId, UUID expertId,
            @Valid ExpertProfile expert, @Size(max = 1000) String note) {
    }

    record VoteRequest(@NotNull Boolean approve, @Size(max = 1000) String comment) {
    }

    record Decision(@NotNull Boolean admit, @Size(max = 1000) String reason) {
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'SOCIETY_SECRETARY')")
    ResponseEntity<PoolNominationView> nominate(@Valid @RequestBody NewNomination request) {
        PoolNominationView view = nominations.nominate(new PoolNominationService.NominationRequest(request.pool(),
                request.societyId(), request.expertId(), request.expert(), request.note()), CurrentUser.get());
        return ResponseEntity.created(URI.create("/api/experts/nominations/" + view.id())).body(view);
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'SOCIETY_SECRETARY', 'REVIEWER')")
    List<PoolNominationView> list(@RequestParam(required = false) PoolNomination.Status status,
            @RequestParam(required = false) String pool) {
        return nominations.list(status, pool, CurrentUser.get());
    }

    @GetMapping("/{id}")
    PoolNominationView get(@PathVariable UUID id) {
        return nominations.find(id, CurrentUser.get());
    }

    /** A committee member's vote (REVIEWER, linked to their expert record). */
    @PostMapping("/{id}/votes")
    @PreAuthorize("hasRole('REVIEWER')")
    PoolNominationView vote(@PathVariable UUID id, @Valid @RequestBody VoteRequest vote) {
        return nominations.vote(id, vote.approve(), vote.comment(), CurrentUser.get());
    }

    @PostMapping("/{id}/decision")
    @PreAuthorize("hasRole('ADMIN')")
    PoolNominationView decide(@PathVariable UUID id, @Valid @RequestBody Decision decision) {
        return nominations.decide(id, decision.admit(), decision.reason(), CurrentUser.get());
    }

    @PostMapping("/{id}/withdrawal")
    @PreAuthorize("hasAnyRole('ADMIN', 'SOCIETY_SECRETARY')")
    PoolNominationView withdraw(@PathVariable UUID id) {
        return nominations.withdraw(id, CurrentUser.get());
    }
}
