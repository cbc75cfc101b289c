package org.citycast.publicity.board;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.citycast.publicity.content.ArticleKind;
import org.citycast.publicity.content.PublishedArticles;
import org.citycast.publicity.platform.CurrentUser;
import org.citycast.publicity.platform.DomainException;
import org.citycast.publicity.pool.PoolExperts;
import org.citycast.publicity.site.Sites;
import org.citycast.publicity.site.SocietySite;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Display boards: a society's own (ADMIN, editors, its secretariat), or every member society's at once. */
@RestController
class BoardController {

    private final Sites sites;
    private final PublishedArticles articles;
    private final PoolExperts experts;
    private final DisplayBoard boards;

    BoardController(Sites sites, PublishedArticles articles, PoolExperts experts, DisplayBoard boards) {
        this.sites = sites;
        this.articles = articles;
        this.experts = experts;
        this.boards = boards;
    }

    @GetMapping("/api/publicity/sites/{id}/board.pdf")
    ResponseEntity<byte[]> board(@PathVariable UUID id) {
        CurrentUser user = CurrentUser.get();
        boolean staff = user.admin() || user.hasRole("EDITOR");
        if (!staff && !user.hasRole("SOCIETY_SECRETARY")) {
            throw DomainException.forbidden("Only ADMIN, editors and the society's secretariat print its board.");
        }
        if (!staff && !user.maySee(id)) {
            throw DomainException.notFound("Site", id);
        }
        SocietySite site = sites.find(id).orElseThrow(() -> DomainException.notFound("Site", id));
        return pdf(boards.render(List.of(board(site))), "board-" + id + ".pdf");
    }

    @GetMapping("/api/publicity/boards.pdf")
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    ResponseEntity<byte[]> all() {
        List<DisplayBoard.Board> all = sites.all().stream().filter(SocietySite::active).map(this::board).toList();
        if (all.isEmpty()) {
            throw DomainException.notFound("Member society sites", "any");
        }
        return pdf(boards.render(all), "boards.pdf");
    }

    private DisplayBoard.Board board(SocietySite site) {
        List<PublishedArticles.Full> published = articles.latest(site.societyId(), ArticleKind.NEWS, 3).stream()
                .map(summary -> articles.find(summary.id()).orElse(null)).filter(Objects::nonNull).toList();
        return new DisplayBoard.Board(site, published, experts.ofSociety(site.societyId()));
    }

    private static ResponseEntity<byte[]> pdf(byte[] bytes, String filename) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(filename).build().toString())
                .body(bytes);
    }
}
