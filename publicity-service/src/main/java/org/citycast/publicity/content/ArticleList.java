package org.citycast.publicity.content;

import java.util.List;
import java.util.UUID;

import org.citycast.publicity.platform.CurrentUser;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The article list for authors and editors, newest change first; a secretary sees its own society's only. */
@Component
class ArticleList {

    private final JdbcClient jdbc;
    private final Articles articles;

    ArticleList(JdbcClient jdbc, Articles articles) {
        this.jdbc = jdbc;
        this.articles = articles;
    }

    @Transactional(readOnly = true)
    Page<ArticleView> find(ArticleFilter filter, Pageable page, CurrentUser user) {
        UUID society = ContentService.staff(user) ? filter.societyId() : user.societyId().orElseThrow();
        String where = """
                 FROM article WHERE (CAST(:status AS text) IS NULL OR status = :status)
                 AND (CAST(:kind AS text) IS NULL OR kind = :kind)
                 AND (CAST(:column AS uuid) IS NULL OR column_id = :column)
                 AND (CAST(:society AS uuid) IS NULL OR society_id = :society)
                 AND (CAST(:q AS text) IS NULL OR title ILIKE '%' || :q || '%')""";
        String q = filter.q() == null || filter.q().isBlank() ? null
                : filter.q().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        var count = bind(jdbc.sql("SELECT count(*) " + where), filter, society, q);
        long total = count.query(Long.class).single();
        List<UUID> ids = bind(jdbc.sql("SELECT id " + where + " ORDER BY updated_at DESC, id LIMIT :limit OFFSET :offset"),
                filter, society, q)
                .param("limit", page.getPageSize()).param("offset", page.getOffset())
                .query(UUID.class).list();
        List<ArticleView> rows = ids.stream().map(id -> articles.findById(id).orElseThrow()).map(ArticleView::of)
                .toList();
        return new PageImpl<>(rows, page, total);
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, ArticleFilter filter, UUID society,
            String q) {
        return spec.param("status", filter.status() == null ? null : filter.status().name(), java.sql.Types.VARCHAR)
                .param("kind", filter.kind() == null ? null : filter.kind().name(), java.sql.Types.VARCHAR)
                .param("column", filter.columnId(), java.sql.Types.OTHER)
                .param("society", society, java.sql.Types.OTHER)
                .param("q", q, java.sql.Types.VARCHAR);
    }
}
