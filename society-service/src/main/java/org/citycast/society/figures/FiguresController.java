package org.citycast.society.figures;

import jakarta.validation.constraints.Min;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/societies/stats")
class FiguresController {

    private final YearFiguresReport report;

    FiguresController(YearFiguresReport report) {
        this.report = report;
    }

    /** The year's figures, the register as of 31 December of {@code year} (this year unless given). */
    @GetMapping
    @PreAuthorize("hasRole('ADMIN')")
    YearFigures forYear(@RequestParam(required = false) @Min(1949) Integer year) {
        return report.of(year);
    }
}
