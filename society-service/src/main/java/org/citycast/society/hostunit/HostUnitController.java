package org.citycast.society.hostunit;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/societies/host-units")
class HostUnitController {

    private final HostUnitCatalogue catalogue;

    HostUnitController(HostUnitCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    record HostUnit(@NotBlank @Size(max = 100) String name) {
    }

    @GetMapping
    List<HostUnit> list() {
        return catalogue.names().stream().map(HostUnit::new).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    HostUnit add(@Valid @RequestBody HostUnit unit) {
        catalogue.add(unit.name().strip());
        return new HostUnit(unit.name().strip());
    }

    record Renaming(@NotBlank @Size(max = 100) String from, @NotBlank @Size(max = 100) String to) {
    }

    /** A command rather than {@code PUT /{name}}, which would make paths such as {@code /{id}/terms} ambiguous. */
    @PostMapping("/renaming")
    @PreAuthorize("hasRole('ADMIN')")
    HostUnit rename(@Valid @RequestBody Renaming renaming) {
        catalogue.rename(renaming.from(), renaming.to().strip());
        return new HostUnit(renaming.to().strip());
    }
}
