package org.citycast.funding.platform;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.SingleColumnRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A list over one table as the lists and exports show it: the conditions a filter and the caller's
 * rights add, then a page with its total, or every row for an export, in the order {@code sort}
 * asks for among the columns the list offers (anything else is a 400 naming {@code sort}), ties
 * broken by the list's own order so that pages never overlap.
 */
public final class ListQuery {

    /** ICU collation that orders Chinese by pinyin (安, 北京, 重庆, 李, 王, 张, 赵). */
    public static final String PINYIN = "COLLATE \"zh-Hans-x-icu\"";

    private static final RowMapper<UUID> ID = SingleColumnRowMapper.newInstance(UUID.class);

    private final String table;
    private final Map<String, String> sortable;
    private final List<String> tieBreak;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();

    /**
     * @param table    the table and its alias, e.g. {@code society s}
     * @param sortable the SQL expression for each property {@code sort} may name
     * @param tieBreak the order after the requested one, ending in a unique column
     */
    public ListQuery(String table, Map<String, String> sortable, String... tieBreak) {
        this.table = table;
        this.sortable = sortable;
        this.tieBreak = List.of(tieBreak);
    }

    public ListQuery where(String condition) {
        conditions.add(condition);
        return this;
    }

    /** A condition with one parameter; an enum is bound by its name. */
    public ListQuery where(String condition, String param, Object value) {
        params.put(param, value instanceof Enum<?> constant ? constant.name() : value);
        return where(condition);
    }

    /** The condition, only if the filter gave a value (a blank text counts as none). */
    public ListQuery whereGiven(String condition, String param, Object value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            return this;
        }
        return where(condition, param, value);
    }

    /** Binds a parameter a condition uses more than once or alongside others. */
    public ListQuery param(String name, Object value) {
        params.put(name, value);
        return this;
    }

    /** An {@code ILIKE} pattern matching {@code text} anywhere, its own {@code %} and {@code _} taken literally. */
    public static String containing(String text) {
        return "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** The page, and the total counted only when the page does not tell it (a short page is the last one). */
    public <T> Page<T> page(JdbcClient jdbc, String columns, Pageable page, RowMapper<T> rows) {
        Map<String, Object> paged = new HashMap<>(params);
        paged.put("limit", page.getPageSize());
        paged.put("offset", page.getOffset());
        List<T> content = jdbc.sql("SELECT " + columns + " FROM " + table + where() + orderBy(page.getSort())
                + " LIMIT :limit OFFSET :offset").params(paged).query(rows).list();
        return PageableExecutionUtils.getPage(content, page,
                () -> jdbc.sql("SELECT count(*) FROM " + table + where()).params(params).query(Long.class).single());
    }

    public <T> List<T> all(JdbcClient jdbc, String columns, Sort sort, RowMapper<T> rows) {
        return jdbc.sql("SELECT " + columns + " FROM " + table + where() + orderBy(sort)).params(params).query(rows)
                .list();
    }

    /** A page of the rows' ids ({@code idColumn}), loaded by {@code load} in one go and kept in order. */
    public <T> Page<T> pageOfIds(JdbcClient jdbc, String idColumn, Pageable page, Function<List<UUID>, List<T>> load) {
        Page<UUID> ids = page(jdbc, idColumn, page, ID);
        return new PageImpl<>(load.apply(ids.getContent()), page, ids.getTotalElements());
    }

    public <T> List<T> allOfIds(JdbcClient jdbc, String idColumn, Sort sort, Function<List<UUID>, List<T>> load) {
        return load.apply(all(jdbc, idColumn, sort, ID));
    }

    private String where() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private String orderBy(Sort sort) {
        List<String> terms = new ArrayList<>();
        for (Sort.Order order : sort) {
            String column = sortable.get(order.getProperty());
            if (column == null) {
                throw DomainException.invalid("sort", "cannot sort by '" + order.getProperty() + "'; use one of "
                        + String.join(", ", sortable.keySet().stream().sorted().toList()));
            }
            terms.add(column + (order.isAscending() ? " ASC" : " DESC") + " NULLS LAST");
        }
        terms.addAll(tieBreak);
        return " ORDER BY " + String.join(", ", terms);
    }
}
