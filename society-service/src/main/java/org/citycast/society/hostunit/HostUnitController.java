package org.citycast.society.hostunit;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
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

    @PutMapping("/{name}")
    @PreAuthorize("hasRole('ADMIN')")
    HostUnit rename(@PathVariable String name, @Valid @RequestBody HostUnit renamed) {
        catalogue.rename(name, renamed.name().strip());
        return new HostUnit(renamed.name().strip());
    }
}
