package org.citycast.society.evaluation;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.citycast.society.platform.AssociationTime;
import org.citycast.society.platform.CurrentUser;
import org.citycast.society.platform.Spreadsheets;
import org.citycast.society.platform.Spreadsheets.Column;
import org.citycast.society.registration.SocietyRegister;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
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
@RequestMapping("/api/societies")
class GradeController {

    private static final List<Column<GradeQueries.Row>> COLUMNS = List.of(
            new Column<>("学会名称", GradeQueries.Row::societyName),
            new Column<>("评估等级", GradeQueries.Row::label),
            new Column<>("评估得分", GradeQueries.Row::score),
            new Column<>("评定日期", GradeQueries.Row::awardedOn),
            new Column<>("有效期至", GradeQueries.Row::validUntil),
            new Column<>("证书编号", GradeQueries.Row::certificateNumber),
            new Column<>("状态", row -> row.status() == GradeStatus.IN_FORCE ? "有效" : "已失效"),
            new Column<>("失效原因", GradeQueries.Row::lapseCause),
            new Column<>("失效日期", GradeQueries.Row::lapsedOn));

    private final GradeService grades;
    private final GradeQueries queries;
    private final GradeCertificate certificates;
    private final SocietyRegister register;
    private final Clock clock;

    GradeController(GradeService grades, GradeQueries queries, GradeCertificate certificates, SocietyRegister register,
            Clock clock) {
        this.grades = grades;
        this.queries = queries;
        this.certificates = certificates;
        this.register = register;
        this.clock = clock;
    }

    record Lowering(@NotNull GradeLevel level, @NotBlank @Size(max = 1000) String reason) {
    }

    record Revocation(@NotBlank @Size(max = 1000) String reason) {
    }

    /** Every grade, in force or not: grades are public knowledge, so anyone signed in sees the whole list. */
    @GetMapping("/grades")
    Page<GradeQueries.Row> list(@RequestParam(required = false) GradeLevel level,
            @RequestParam(required = false) GradeLevel minimumLevel, @RequestParam(required = false) GradeStatus status,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) String q, Pageable page) {
        return queries.page(new GradeQueries.Filter(level, minimumLevel, status, year, null, q), page);
    }

    @GetMapping("/grades/export.xlsx")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<byte[]> export(@RequestParam(required = false) GradeLevel level,
            @RequestParam(required = false) GradeLevel minimumLevel, @RequestParam(required = false) GradeStatus status,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) String q, Sort sort) {
        return Spreadsheets.download("评估等级-" + AssociationTime.today(clock) + ".xlsx", "评估等级", COLUMNS,
                queries.all(new GradeQueries.Filter(level, minimumLevel, status, year, null, q), sort));
    }

    @GetMapping("/{id}/grades")
    List<GradeView> ofSociety(@PathVariable UUID id) {
        register.find(id, CurrentUser.get());
        return grades.ofSociety(id).stream().map(GradeView::of).toList();
    }

    /** The certificate: for the society's secretary and ADMIN; a lapsed grade's is marked 已失效. */
    @GetMapping(value = "/grades/{gradeId}/certificate.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @PreAuthorize("hasAnyRole('ADMIN', 'SOCIETY_SECRETARY')")
    ResponseEntity<byte[]> certificate(@PathVariable UUID gradeId) {
        Grade grade = grades.visible(gradeId, CurrentUser.get());
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("grade-certificate-" + grade.getCertificateNumber() + ".pdf").build().toString())
                .body(certificates.render(grade));
    }

    @PostMapping("/grades/{gradeId}/lowering")
    @PreAuthorize("hasRole('ADMIN')")
    GradeView lower(@PathVariable UUID gradeId, @Valid @RequestBody Lowering lowering) {
        return GradeView.of(grades.lower(gradeId, lowering.level(), lowering.reason()));
    }

    @PostMapping("/grades/{gradeId}/revocation")
    @PreAuthorize("hasRole('ADMIN')")
    GradeView revoke(@PathVariable UUID gradeId, @Valid @RequestBody Revocation revocation) {
        return GradeView.of(grades.revoke(gradeId, revocation.reason()));
    }

    /** Runs the nightly expiry now. */
    @PostMapping("/grades/expiry-check")
    @PreAuthorize("hasRole('ADMIN')")
    Map<String, Integer> expire() {
        return Map.of("lapsed", grades.expire());
    }
}
