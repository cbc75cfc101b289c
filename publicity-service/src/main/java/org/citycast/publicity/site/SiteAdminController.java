package org.citycast.publicity.site;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.citycast.publicity.platform.AssociationTime;
import org.citycast.publicity.platform.CurrentUser;
import org.citycast.publicity.platform.DomainException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sub-sites as their keepers see them: what the secretariat writes for the public (introduction,
 * features, contact), and the page views with the change from the year before, for ADMIN and for each
 * secretary on its own site.
 */
@RestController
@RequestMapping("/api/publicity")
class SiteAdminController {

    record ProfileRequest(@Size(max = 5000) String introduction, @Size(max = 5000) String features,
            @Size(max = 500) String contact) {
    }

    record SiteVisits(UUID societyId, String name, Visits.Figures visits) {
    }

    record AllVisits(int year, Visits.Figures total, Visits.Figures portal, List<Visits.SiteFigures> sites) {
    }

    private final Sites sites;
    private final Visits visits;
    private final Clock clock;

    SiteAdminController(Sites sites, Visits visits, Clock clock) {
        this.sites = sites;
        this.visits = visits;
        this.clock = clock;
    }

    @GetMapping("/sites/{id}")
    SocietySite site(@PathVariable UUID id) {
        return readable(id);
    }

    @PutMapping("/sites/{id}/profile")
    SocietySite describe(@PathVariable UUID id, @Valid @RequestBody ProfileRequest request) {
        CurrentUser user = CurrentUser.get();
        if (!user.admin() && !user.hasRole("EDITOR") && !user.hasRole("SOCIETY_SECRETARY")) {
            throw DomainException.forbidden("Only ADMIN, editors and the society's secretariat describe a site.");
        }
        if (!user.admin() && !user.hasRole("EDITOR")) {
            user.requireWritable(id);
        }
        if (!sites.describe(id, trim(request.introduction()), trim(request.features()), trim(request.contact()),
                clock.instant())) {
            throw DomainException.notFound("Site", id);
        }
        return sites.find(id).orElseThrow();
    }

    @GetMapping("/sites/{id}/visits")
    SiteVisits siteVisits(@PathVariable UUID id, @RequestParam(required = false) @Min(2000) @Max(2200) Integer year) {
        SocietySite site = readable(id);
        return new SiteVisits(id, site.name(), visits.of(id.toString(), year(year)));
    }

    @GetMapping("/visits")
    @PreAuthorize("hasRole('ADMIN')")
    AllVisits allVisits(@RequestParam(required = false) @Min(2000) @Max(2200) Integer year) {
        int y = year(year);
        return new AllVisits(y, visits.of(null, y), visits.of(PageViews.PORTAL, y), visits.bySite(y));
    }

    /** ADMIN and editors see every site; a secretary its own (another's is not found); nobody else any. */
    private SocietySite readable(UUID id) {
        CurrentUser user = CurrentUser.get();
        if (!user.admin() && !user.hasRole("EDITOR") && !user.hasRole("SOCIETY_SECRETARY")) {
            throw DomainException.forbidden("Only ADMIN, editors and secretaries see the sites' records.");
        }
        if (!user.admin() && !user.hasRole("EDITOR") && !user.maySee(id)) {
            throw DomainException.notFound("Site", id);
        }
        return sites.find(id).orElseThrow(() -> DomainException.notFound("Site", id));
    }

    private int year(Integer year) {
        return year != null ? year : AssociationTime.today(clock).getYear();
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
