package org.citycast.funding.catalogue;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
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
@RequestMapping("/api/funding/catalogue")
class CatalogueController {

    private final Catalogue catalogue;

    CatalogueController(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    record NewEntry(
            @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}", message = "must be an upper-case code like POPULAR_SCIENCE")
            String code,
            @NotBlank @Size(max = 60) String name) {
    }

    record EntryChange(@NotBlank @Size(max = 60) String name, boolean active) {
    }

    record TagView(String code, String label) {
    }

    record CatalogueView(List<Category> categories, List<TagView> tags) {
    }

    /** Categories with their sub-items, and the tags a grant carries; readable by every signed-in user. */
    @GetMapping
    CatalogueView catalogue() {
        return new CatalogueView(catalogue.categories(), Arrays.stream(ActivityTag.values())
                .map(tag -> new TagView(tag.name(), tag.label())).toList());
    }

    @PostMapping("/categories")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    Category addCategory(@Valid @RequestBody NewEntry entry) {
        return catalogue.addCategory(entry.code(), entry.name());
    }

    @PutMapping("/categories/{code}")
    @PreAuthorize("hasRole('ADMIN')")
    Category changeCategory(@PathVariable String code, @Valid @RequestBody EntryChange change) {
        return catalogue.changeCategory(code, change.name(), change.active());
    }

    @PostMapping("/categories/{code}/sub-items")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    SubItem addSubItem(@PathVariable String code, @Valid @RequestBody NewEntry entry) {
        return catalogue.addSubItem(code, entry.code(), entry.name());
    }

    @PutMapping("/sub-items/{code}")
    @PreAuthorize("hasRole('ADMIN')")
    SubItem changeSubItem(@PathVariable String code, @Valid @RequestBody EntryChange change) {
        return catalogue.changeSubItem(code, change.name(), change.active());
    }
}
