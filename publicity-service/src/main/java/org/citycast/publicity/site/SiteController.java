package org.citycast.publicity.site;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.citycast.publicity.calendar.AcademicEvents;
import org.citycast.publicity.content.ArticleKind;
import org.citycast.publicity.content.PublishedArticles;
import org.citycast.publicity.notice.PublicNotice;
import org.citycast.publicity.notice.PublicNotices;
import org.citycast.publicity.platform.AssociationTime;
import org.citycast.publicity.platform.DomainException;
import org.citycast.publicity.pool.PoolExperts;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;

/** The public pages, in Chinese, rendered on the server; no login. */
@Controller
class SiteController {

    private static final int PAGE_SIZE = 20;

    private final Sites sites;
    private final PublishedArticles articles;
    private final AcademicEvents events;
    private final PoolExperts experts;
    private final PublicNotices notices;
    private final PageViews views;
    private final Freshness freshness;
    private final SiteSettings settings;
    private final Clock clock;

    SiteController(Sites sites, PublishedArticles articles, AcademicEvents events, PoolExperts experts,
            PublicNotices notices, PageViews views, Freshness freshness, SiteSettings settings, Clock clock) {
        this.sites = sites;
        this.articles = articles;
        this.events = events;
        this.experts = experts;
        this.notices = notices;
        this.views = views;
        this.freshness = freshness;
        this.settings = settings;
        this.clock = clock;
    }

    @GetMapping({"/site", "/site/"})
    String portal(WebRequest request, HttpServletResponse response, Model model) {
        views.count(PageViews.PORTAL, "/site");
        if (freshness.unchanged(request, response, "portal", sites.lastChange(), articles.lastChange(null),
                events.lastChange(null), events.lastSessionChange(), notices.lastChange())) {
            return null;
        }
        LocalDate today = AssociationTime.today(clock);
        List<SocietySite> all = sites.all();
        Map<String, List<SocietySite>> byCategory = all.stream().filter(SocietySite::active)
                .collect(Collectors.groupingBy(SocietySite::categoryName, LinkedHashMap::new, Collectors.toList()));
        model.addAttribute("settings", settings);
        model.addAttribute("columns", articles.columns());
        model.addAttribute("news", articles.latest(null, ArticleKind.NEWS, 10));
        model.addAttribute("profiles", articles.latest(null, ArticleKind.PROFILE, 6));
        model.addAttribute("sessions", events.hallSessions(today.getYear()).stream()
                .filter(session -> !session.cancelled()).toList());
        model.addAttribute("notices", notices.all(today).stream().filter(n -> !n.closesOn().isBefore(today)).toList());
        model.addAttribute("societiesByCategory", byCategory);
        model.addAttribute("societyCount", all.stream().filter(SocietySite::active).count());
        model.addAttribute("siteNames", names(all));
        return "site/portal";
    }

    @GetMapping("/site/societies/{id}")
    String society(@PathVariable UUID id, WebRequest request, HttpServletResponse response, Model model) {
        SocietySite site = sites.find(id).orElseThrow(() -> DomainException.notFound("Site", id));
        views.count(id.toString(), "/site/societies/" + id);
        if (freshness.unchanged(request, response, "society|" + id, Optional.of(site.updatedAt()),
                articles.lastChange(id), events.lastChange(id), experts.lastChange(id))) {
            return null;
        }
        Instant now = clock.instant();
        model.addAttribute("settings", settings);
        model.addAttribute("site", site);
        model.addAttribute("news", articles.latest(id, null, 10));
        model.addAttribute("upcoming", events.upcoming(id, now, 10));
        model.addAttribute("past", events.past(id, now, 10));
        model.addAttribute("experts", experts.ofSociety(id));
        return "site/society";
    }

    @GetMapping("/site/articles/{id}")
    String article(@PathVariable UUID id, WebRequest request, HttpServletResponse response, Model model) {
        PublishedArticles.Full article = articles.find(id).orElseThrow(() -> DomainException.notFound("Article", id));
        UUID society = article.summary().societyId();
        Optional<SocietySite> site = society == null ? Optional.empty() : sites.find(society);
        views.count(site.map(s -> s.societyId().toString()).orElse(PageViews.PORTAL), "/site/articles/" + id);
        if (freshness.unchanged(request, response, "article|" + id, articles.lastChange(society),
                site.map(SocietySite::updatedAt))) {
            return null;
        }
        model.addAttribute("settings", settings);
        model.addAttribute("article", article);
        model.addAttribute("site", site.orElse(null));
        model.addAttribute("expert", Optional.ofNullable(article.summary().expertId()).flatMap(experts::find)
                .orElse(null));
        return "site/article";
    }

    @GetMapping("/site/columns/{id}")
    String column(@PathVariable UUID id, @RequestParam(defaultValue = "1") int page, WebRequest request,
            HttpServletResponse response, Model model) {
        PublishedArticles.Column column = articles.column(id).orElseThrow(() -> DomainException.notFound("Column", id));
        long total = articles.countInColumn(id);
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        if (page < 1 || page > pages) {
            throw DomainException.notFound("Page", page);
        }
        views.count(PageViews.PORTAL, "/site/columns/" + id);
        if (freshness.unchanged(request, response, "column|" + id + "|" + page, articles.lastChange(null),
                sites.lastChange())) {
            return null;
        }
        model.addAttribute("settings", settings);
        model.addAttribute("column", column);
        model.addAttribute("articles", articles.inColumn(id, (page - 1) * PAGE_SIZE, PAGE_SIZE));
        model.addAttribute("page", page);
        model.addAttribute("pages", pages);
        model.addAttribute("siteNames", names(sites.all()));
        return "site/column";
    }

    @GetMapping("/site/hall")
    String hall(@RequestParam(required = false) Integer year, WebRequest request, HttpServletResponse response,
            Model model) {
        int y = year != null ? year : AssociationTime.today(clock).getYear();
        if (y < 2000 || y > 2200) {
            throw DomainException.notFound("Year", y);
        }
        views.count(PageViews.PORTAL, "/site/hall");
        if (freshness.unchanged(request, response, "hall|" + y, events.lastChange(null), events.lastSessionChange(),
                sites.lastChange())) {
            return null;
        }
        model.addAttribute("settings", settings);
        model.addAttribute("year", y);
        model.addAttribute("sessions", events.hallSessions(y));
        model.addAttribute("siteNames", names(sites.all()));
        return "site/hall";
    }

    @GetMapping("/site/notices")
    String notices(WebRequest request, HttpServletResponse response, Model model) {
        views.count(PageViews.PORTAL, "/site/notices");
        if (freshness.unchanged(request, response, "notices", notices.lastChange())) {
            return null;
        }
        LocalDate today = AssociationTime.today(clock);
        model.addAttribute("settings", settings);
        model.addAttribute("notices", notices.all(today));
        model.addAttribute("today", today);
        return "site/notices";
    }

    @GetMapping("/site/notices/{awardId}")
    String notice(@PathVariable UUID awardId, WebRequest request, HttpServletResponse response, Model model) {
        PublicNotice notice = notices.find(awardId).orElseThrow(() -> DomainException.notFound("Notice", awardId));
        views.count(PageViews.PORTAL, "/site/notices/" + awardId);
        if (freshness.unchanged(request, response, "notice|" + awardId, notices.lastChange())) {
            return null;
        }
        LocalDate today = AssociationTime.today(clock);
        model.addAttribute("settings", settings);
        model.addAttribute("notice", notice);
        model.addAttribute("open", notice.openOn(today));
        model.addAttribute("objectionUrl", notice.objectionPath() != null ? notice.objectionPath()
                : settings.objectionUrl().replace("{awardId}", awardId.toString()));
        return "site/notice";
    }

    /** Images of published articles; an image never changes, so it may be kept for long. */
    @GetMapping("/site/images/{id}")
    ResponseEntity<byte[]> image(@PathVariable UUID id) {
        PublishedArticles.Image image = articles.image(id).orElseThrow(() -> DomainException.notFound("Image", id));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(image.contentType()))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(30)).cachePublic().immutable())
                .body(image.bytes());
    }

    private static Map<UUID, String> names(List<SocietySite> all) {
        return all.stream().collect(Collectors.toMap(SocietySite::societyId, SocietySite::name, (a, b) -> a));
    }
}
