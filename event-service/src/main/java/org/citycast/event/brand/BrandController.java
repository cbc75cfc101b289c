package org.citycast.event.brand;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.citycast.event.platform.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
class BrandController {

    private final AcademicHall hall;

    BrandController(AcademicHall hall) {
        this.hall = hall;
    }

    record Branding(@NotNull UUID plannedEventId) {
    }

    @PostMapping("/api/events/academic-hall/sessions")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<AcademicHall.SessionView> brand(@Valid @RequestBody Branding request) {
        var session = hall.brand(request.plannedEventId(), CurrentUser.get());
        return ResponseEntity.created(URI.create("/api/events/public/academic-hall?year=" + session.year()))
                .body(session);
    }

    /** The year's sessions are public: the brand is announced. */
    @GetMapping("/api/events/public/academic-hall")
    List<AcademicHall.SessionView> sessions(@RequestParam @Min(2000) @Max(2100) int year) {
        return hall.ofYear(year);
    }
}
