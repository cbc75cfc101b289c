package org.citycast.funding.catalogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.citycast.funding.audit.AuditTrail;
import org.citycast.funding.platform.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The categories and sub-items; other features read them, ADMIN edits them. */
@Service
public class Catalogue {

    private static final String SUB_ITEMS = """
            SELECT s.code, s.name, s.category_code, c.name AS category_name, s.position, s.active
            FROM grant_sub_item s JOIN grant_category c ON c.code = s.category_code""";

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    Catalogue(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<Category> categories() {
        List<SubItem> items = jdbc.sql(SUB_ITEMS + " ORDER BY s.position, s.code").query(Catalogue::subItem).list();
        return jdbc.sql("SELECT code, name, position, active FROM grant_category ORDER BY position, code")
                .query((rs, n) -> {
                    String code = rs.getString("code");
                    return new Category(code, rs.getString("name"), rs.getInt("position"), rs.getBoolean("active"),
                            items.stream().filter(item -> item.categoryCode().equals(code)).toList());
                })
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<Category> category(String code) {
        return categories().stream().filter(category -> category.code().equals(code)).findFirst();
    }

    @Transactional(readOnly = true)
    public Optional<SubItem> subItem(String code) {
        return jdbc.sql(SUB_ITEMS + " WHERE s.code = ?").param(code).query(Catalogue::subItem).optional();
    }

    /** Every code must name a category of the catalogue; the first unknown one is reported under {@code field}. */
    @Transactional(readOnly = true)
    public void requireCategories(Collection<String> codes, String field) {
        for (String code : codes) {
            if (category(code).isEmpty()) {
                throw DomainException.invalid(field, "'" + code + "' is not a category of the catalogue");
            }
        }
    }

    @Transactional
    public Category addCategory(String code, String name) {
        if (category(code).isPresent()) {
            throw DomainException.conflict("Category " + code + " already exists.");
        }
        requireUniqueName("grant_category", name, code);
        jdbc.sql("INSERT INTO grant_category (code, name, position) "
                        + "VALUES (?, ?, (SELECT coalesce(max(position), 0) + 1 FROM grant_category))")
                .params(code, name.strip()).update();
        Category created = category(code).orElseThrow();
        audit.record("catalogue:" + code, null, "CATEGORY_ADDED", null, created);
        return created;
    }

    @Transactional
    public Category changeCategory(String code, String name, boolean active) {
        Category before = category(code).orElseThrow(() -> DomainException.notFound("Category", code));
        requireUniqueName("grant_category", name, code);
        jdbc.sql("UPDATE grant_category SET name = ?, active = ? WHERE code = ?").params(name.strip(), active, code)
                .update();
        Category after = category(code).orElseThrow();
        audit.record("catalogue:" + code, null, "CATEGORY_CHANGED", before, after);
        return after;
    }

    @Transactional
    public SubItem addSubItem(String categoryCode, String code, String name) {
        category(categoryCode).orElseThrow(() -> DomainException.notFound("Category", categoryCode));
        if (subItem(code).isPresent()) {
            throw DomainException.conflict("Sub-item " + code + " already exists.");
        }
        requireUniqueName("grant_sub_item", name, code);
        jdbc.sql("INSERT INTO grant_sub_item (code, category_code, name, position) "
                        + "VALUES (?, ?, ?, (SELECT coalesce(max(position), 0) + 1 FROM grant_sub_item))")
                .params(code, categoryCode, name.strip()).update();
        SubItem created = subItem(code).orElseThrow();
        audit.record("catalogue:" + code, null, "SUB_ITEM_ADDED", null, created);
        return created;
    }

    @Transactional
    public SubItem changeSubItem(String code, String name, boolean active) {
        SubItem before = subItem(code).orElseThrow(() -> DomainException.notFound("Sub-item", code));
        requireUniqueName("grant_sub_item", name, code);
        jdbc.sql("UPDATE grant_sub_item SET name = ?, active = ? WHERE code = ?").params(name.strip(), active, code)
                .update();
        SubItem after = subItem(code).orElseThrow();
        audit.record("catalogue:" + code, null, "SUB_ITEM_CHANGED", before, after);
        return after;
    }

    private void requireUniqueName(String table, String name, String code) {
        boolean taken = jdbc.sql("SELECT count(*) FROM " + table + " WHERE name = ? AND code <> ?")
                .params(name.strip(), code).query(Long.class).single() > 0;
        if (taken) {
            throw DomainException.invalid("name", "'" + name.strip() + "' is already used in the catalogue");
        }
    }

    private static SubItem subItem(ResultSet rs, int row) throws SQLException {
        return new SubItem(rs.getString("code"), rs.getString("name"), rs.getString("category_code"),
                rs.getString("category_name"), rs.getInt("position"), rs.getBoolean("active"));
    }
}
