package org.citycast.society.directory;

import java.io.IOException;
import java.time.Clock;

import org.citycast.society.platform.AssociationTime;
import org.citycast.society.platform.CurrentUser;
import org.citycast.society.platform.Spreadsheets;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/societies")
class DirectoryController {

    private final SocietyDirectory directory;
    private final SocietyImport importer;
    private final Clock clock;

    DirectoryController(SocietyDirectory directory, SocietyImport importer, Clock clock) {
        this.directory = directory;
        this.importer = importer;
        this.clock = clock;
    }

    record Imported(int imported) {
    }

    /**
     * The register, filtered by any of {@link SocietyFilter}'s fields as query parameters; sorted by
     * name in pinyin order unless {@code sort} says otherwise.
     */
    @GetMapping
    Page<org.citycast.society.registration.SocietyRegister.Listing> list(SocietyFilter filter, Pageable page) {
        return directory.list(filter, page, CurrentUser.get());
    }

    /** The same list as an xlsx file, every matching row. */
    @GetMapping(value = "/export.xlsx")
    ResponseEntity<byte[]> export(SocietyFilter filter, Sort sort) {
        return Spreadsheets.download("学会名录-" + AssociationTime.today(clock) + ".xlsx", "学会名录",
                SocietyWorkbook.COLUMNS, directory.all(filter, sort, CurrentUser.get()));
    }

    /**
     * Imports societies of the existing register from an xlsx sheet, all or nothing, with ADMIN's
     * {@code reason} (a form field beside the file); every imported society is marked so.
     */
    @PostMapping(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    Imported importSheet(@RequestPart("file") MultipartFile file, @RequestParam(required = false) String reason)
            throws IOException {
        return new Imported(importer.importAll(SocietyWorkbook.read(file.getInputStream()), reason));
    }
}
