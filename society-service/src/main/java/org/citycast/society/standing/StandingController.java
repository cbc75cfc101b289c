package org.citycast.society.standing;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/societies/standing")
@PreAuthorize("hasRole('ADMIN')")
class StandingController {

    private final StandingService standing;
    private final DisqualificationLetter letters;

    StandingController(StandingService standing, DisqualificationLetter letters) {
        this.standing = standing;
        this.letters = letters;
    }

    record Decision(@Size(max = 1000) String note) {
    }

    record Dismissal(@NotBlank @Size(max = 1000) String reason) {
    }

    /** Runs the daily evaluation now; answers with the cases it opened. */
    @PostMapping("/evaluations")
    List<CaseView> evaluate() {
        return standing.evaluate().stream().map(CaseView::of).toList();
    }

    @GetMapping("/cases")
    List<CaseView> cases(@RequestParam(required = false) CaseStatus status) {
        return standing.list(status).stream().map(CaseView::of).toList();
    }

    @GetMapping(value = "/cases/{id}/letter.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> letter(@PathVariable UUID id) {
        DisqualificationCase letterCase = standing.get(id);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("disqualification-" + id + ".pdf").build().toString())
                .body(letters.render(letterCase));
    }

    @PostMapping("/cases/{id}/confirmation")
    CaseView confirm(@PathVariable UUID id, @Valid @RequestBody(required = false) Decision decision) {
        return CaseView.of(standing.confirm(id, decision == null ? null : decision.note()));
    }

    @PostMapping("/cases/{id}/dismissal")
    CaseView dismiss(@PathVariable UUID id, @Valid @RequestBody Dismissal dismissal) {
        return CaseView.of(standing.dismiss(id, dismissal.reason()));
    }
}
