package org.citycast.publicity.report;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.citycast.publicity.platform.CurrentUser;
import org.citycast.publicity.platform.DomainException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import tools.jackson.databind.json.JsonMapper;

/** The year's work report, for ADMIN: its figures as JSON, and the report as HTML with charts, DOCX and PDF. */
@RestController
@RequestMapping("/api/publicity/reports")
@PreAuthorize("hasRole('ADMIN')")
class ReportController {

    static final MediaType DOCX = MediaType
            .parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    record TemplateRequest(@NotBlank @Size(max = 50_000) String body) {
    }

    record Placeholder(String key, String label) {
    }

    record TemplateView(String body, String updatedBy, java.time.Instant updatedAt, List<Placeholder> placeholders) {
    }

    private final ReportFigures figures;
    private final ReportTemplates templates;
    private final ReportDocuments documents;
    private final TemplateEngine thymeleaf;
    private final JsonMapper json;
    private final Clock clock;
    private final String association;

    ReportController(ReportFigures figures, ReportTemplates templates, ReportDocuments documents,
            TemplateEngine thymeleaf, JsonMapper json, Clock clock,
            @Value("${platform.site.association:济宁市科学技术协会}") String association) {
        this.figures = figures;
        this.templates = templates;
        this.documents = documents;
        this.thymeleaf = thymeleaf;
        this.json = json;
        this.clock = clock;
        this.association = association;
    }

    @GetMapping("/{year}")
    YearReport report(@PathVariable @Min(2000) @Max(2200) int year) {
        return figures.of(year);
    }

    @GetMapping(path = "/{year}/report.html", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> html(@PathVariable @Min(2000) @Max(2200) int year) {
        YearReport report = figures.of(year);
        List<Narrative.Block> narrative = Narrative.render(templates.current().body(), report.figures());
        Context context = new Context();
        context.setVariable("report", report);
        context.setVariable("narrative", narrative);
        context.setVariable("table", report.table());
        context.setVariable("association", association);
        context.setVariable("charts", json.writeValueAsString(report.breakdown()));
        String page = thymeleaf.process("report/report", context);
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8)).body(page);
    }

    @GetMapping("/{year}/report.docx")
    ResponseEntity<byte[]> docx(@PathVariable @Min(2000) @Max(2200) int year) {
        YearReport report = figures.of(year);
        byte[] bytes = documents.docx(report, Narrative.render(templates.current().body(), report.figures()),
                association);
        return download(bytes, DOCX, "work-report-" + year + ".docx");
    }

    @GetMapping("/{year}/report.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable @Min(2000) @Max(2200) int year) {
        YearReport report = figures.of(year);
        byte[] bytes = documents.pdf(report, Narrative.render(templates.current().body(), report.figures()),
                association);
        return download(bytes, MediaType.APPLICATION_PDF, "work-report-" + year + ".pdf");
    }

    @GetMapping("/template")
    TemplateView template() {
        ReportTemplates.Template template = templates.current();
        return new TemplateView(template.body(), template.updatedBy(), template.updatedAt(),
                Figure.ALL.stream().map(figure -> new Placeholder(figure.key(), figure.label())).toList());
    }

    @PutMapping("/template")
    TemplateView saveTemplate(@Valid @RequestBody TemplateRequest request) {
        Set<String> unknown = Narrative.unknownPlaceholders(request.body());
        if (!unknown.isEmpty()) {
            throw DomainException.invalid("body", "names figures that do not exist: " + String.join(", ", unknown));
        }
        templates.save(request.body(), CurrentUser.get().username(), clock.instant());
        return template();
    }

    private static ResponseEntity<byte[]> download(byte[] bytes, MediaType type, String filename) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build()
                        .toString())
                .body(bytes);
    }
}
