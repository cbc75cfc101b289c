package org.citycast.funding.acquittal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.citycast.funding.application.GrantView;
import org.citycast.funding.platform.CurrentUser;
import org.citycast.funding.platform.DomainException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/funding")
class AcquittalController {

    private final Acquittals acquittals;
    private final OverdueReports overdue;

    AcquittalController(Acquittals acquittals, OverdueReports overdue) {
        this.acquittals = acquittals;
        this.overdue = overdue;
    }

    record ReportReview(@NotNull Boolean accepted, @Size(max = 2000) String comments) {
    }

    record OverdueCheck(int marked) {
    }

    @GetMapping("/applications/{id}/final-report")
    ReportView get(@PathVariable UUID id) {
        return acquittals.find(id, CurrentUser.get());
    }

    @PutMapping("/applications/{id}/final-report")
    @PreAuthorize("hasAnyRole('ADMIN', 'SOCIETY_SECRETARY')")
    ReportView write(@PathVariable UUID id, @Valid @RequestBody ReportForm form) {
        return acquittals.write(id, form, CurrentUser.get());
    }

    @PostMapping(value = "/applications/{id}/final-report/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('ADMIN', 'SOCIETY_SECRETARY')")
    EvidenceFiles.EvidenceFile attach(@PathVariable UUID id, @RequestPart("file") MultipartFile file) {
        try {
            return acquittals.attach(id, file.getOriginalFilename(), file.getBytes(), CurrentUser.get());
        } catch (IOException unreadable) {
            throw DomainException.invalid("file", "could not be read");
        }
    }

    @GetMapping("/applications/{id}/final-report/evidence/{file}")
    ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID file) {
        EvidenceFiles.Content content = acquittals.file(id, file, CurrentUser.get());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(content.file().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(content.file().filename(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(content.bytes());
    }

    @DeleteMapping("/applications/{id}/final-report/evidence/{file}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAnyRole('ADMIN', 'SOCIETY_SECRETARY')")
    void detach(@PathVariable UUID id, @PathVariable UUID file) {
        acquittals.detach(id, file, CurrentUser.get());
    }

    @PostMapping("/applications/{id}/final-report/submission")
    @PreAuthorize("hasAnyRole('ADMIN', 'SOCIETY_SECRETARY')")
    ReportView submit(@PathVariable UUID id) {
        return acquittals.submit(id, CurrentUser.get());
    }

    @PostMapping("/applications/{id}/final-report/review")
    @PreAuthorize("hasRole('ADMIN')")
    ReportView review(@PathVariable UUID id, @Valid @RequestBody ReportReview review) {
        return acquittals.review(id, review.accepted(), review.comments());
    }

    @PostMapping("/applications/{id}/closing")
    @PreAuthorize("hasRole('ADMIN')")
    GrantView close(@PathVariable UUID id) {
        return acquittals.close(id);
    }

    /** Runs the daily overdue check now. */
    @PostMapping("/reports/overdue-check")
    @PreAuthorize("hasRole('ADMIN')")
    OverdueCheck checkOverdue() {
        return new OverdueCheck(overdue.check());
    }
}
