package org.citycast.publicity.site;

import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;

import org.citycast.publicity.content.PublishedArticles;
import org.citycast.publicity.platform.DomainException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** RSS 2.0 feeds (written by Rome): the portal's latest articles, and each sub-site's news. */
@Controller
class FeedController {

    static final MediaType RSS = MediaType.parseMediaType("application/rss+xml;charset=UTF-8");

    private final Sites sites;
    private final PublishedArticles articles;
    private final Freshness freshness;
    private final SiteSettings settings;

    FeedController(Sites sites, PublishedArticles articles, Freshness freshness, SiteSettings settings) {
        this.sites = sites;
        this.articles = articles;
        this.freshness = freshness;
        this.settings = settings;
    }

    @GetMapping("/site/feed.xml")
    ResponseEntity<String> portal(WebRequest request, HttpServletResponse response) throws FeedException {
        if (freshness.unchanged(request, response, "feed", articles.lastChange(null))) {
            return null;
        }
        return rss(settings.name(), "/site", settings.association() + "所属学会的最新动态与人物风采",
                articles.latest(null, null, 30));
    }

    @GetMapping("/site/societies/{id}/feed.xml")
    ResponseEntity<String> society(@PathVariable UUID id, WebRequest request, HttpServletResponse response)
            throws FeedException {
        SocietySite site = sites.find(id).orElseThrow(() -> DomainException.notFound("Site", id));
        if (freshness.unchanged(request, response, "feed|" + id, articles.lastChange(id),
                Optional.of(site.updatedAt()))) {
            return null;
        }
        return rss(site.name() + " - " + settings.name(), "/site/societies/" + id, site.name() + "的学会动态",
                articles.latest(id, null, 30));
    }

    private static ResponseEntity<String> rss(String title, String path, String description,
            List<PublishedArticles.Summary> items) throws FeedException {
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("rss_2.0");
        feed.setTitle(title);
        feed.setLink(base + path);
        feed.setDescription(description);
        feed.setLanguage("zh-cn");
        feed.setEncoding("UTF-8");
        feed.setEntries(items.stream().map(item -> entry(base, item)).toList());
        if (!items.isEmpty()) {
            feed.setPublishedDate(Date.from(items.get(0).publishedAt()));
        }
        return ResponseEntity.ok().contentType(RSS).body(new SyndFeedOutput().outputString(feed));
    }

    private static SyndEntry entry(String base, PublishedArticles.Summary item) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setTitle(item.title());
        entry.setLink(base + "/site/articles/" + item.id());
        entry.setUri(base + "/site/articles/" + item.id());
        entry.setPublishedDate(Date.from(item.publishedAt()));
        entry.setCategories(List.of(category(item.columnName())));
        if (item.summary() != null) {
            SyndContentImpl summary = new SyndContentImpl();
            summary.setType("text/plain");
            summary.setValue(item.summary());
            entry.setDescription(summary);
        }
        return entry;
    }

    private static com.rometools.rome.feed.synd.SyndCategory category(String name) {
        var category = new com.rometools.rome.feed.synd.SyndCategoryImpl();
        category.setName(name);
        return category;
    }
}
