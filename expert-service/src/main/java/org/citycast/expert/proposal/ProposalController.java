package org.citycast.expert.proposal;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.citycast.expert.platform.CurrentUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Proposals to the city's leadership: filed by pool experts, forwarded and answered by ADMIN. */
@RestController
@RequestMapping("/api/experts/proposals")
class ProposalController {

    private final ProposalService proposals;

    ProposalController(ProposalService proposals) {
        this.proposals = proposals;
    }

    record NewProposal(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 4000) String summary,
            @NotBlank @Size(max = 60) String topic, @Size(max = 20) List<@NotNull UUID> coAuthorIds) {
    }

    record Forwarding(@NotBlank @Size(max = 200) String forwardedTo) {
    }

    record Feedback(@NotBlank @Size(max = 4000) String feedback, @NotNull Adoption adoption) {
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('EXPERT', 'REVIEWER')")
    ResponseEntity<ProposalView> file(@Valid @RequestBody NewProposal request) {
        ProposalView view = proposals.file(request.title(), request.summary(), request.topic(), request.coAuthorIds(),
                CurrentUser.get());
        return ResponseEntity.created(URI.create("/api/experts/proposals/" + view.id())).body(view);
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'EXPERT', 'REVIEWER')")
    List<ProposalView> list(@RequestParam(required = false) @Min(2000) @Max(2100) Integer year,
            @RequestParam(required = false) Proposal.Status status) {
        return proposals.list(year, status, CurrentUser.get());
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'EXPERT', 'REVIEWER')")
    ProposalView get(@PathVariable UUID id) {
        return proposals.find(id, CurrentUser.get());
    }

    @PostMapping(value = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAnyRole('EXPERT', 'REVIEWER')")
    @ResponseStatus(HttpStatus.CREATED)
    Attachments.Attachment attach(@PathVariable UUID id, @RequestPart("file") MultipartFile file) throws IOException {
        return proposals.attach(id, file.getOriginalFilename(), file.getBytes(), CurrentUser.get());
    }

    @GetMapping("/{id}/attachments/{attachmentId}")
    @PreAuthorize("hasAnyRole('ADMIN', 'EXPERT', 'REVIEWER')")
    ResponseEntity<byte[]> attachment(@PathVariable UUID id, @PathVariable UUID attachmentId) {
        byte[] content = proposals.attachment(id, attachmentId, CurrentUser.get());
        Attachments.Attachment info = proposals.attachmentInfo(id, attachmentId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(info.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(info.filename(), StandardCharsets.UTF_8).build().toString())
                .body(content);
    }

    @PostMapping("/{id}/forwarding")
    @PreAuthorize("hasRole('ADMIN')")
    ProposalView forward(@PathVariable UUID id, @Valid @RequestBody Forwarding forwarding) {
        return proposals.forward(id, forwarding.forwardedTo(), CurrentUser.get());
    }

    @PostMapping("/{id}/feedback")
    @PreAuthorize("hasRole('ADMIN')")
    ProposalView feedback(@PathVariable UUID id, @Valid @RequestBody Feedback feedback) {
        return proposals.answer(id, feedback.feedback(), feedback.adoption());
    }
}
