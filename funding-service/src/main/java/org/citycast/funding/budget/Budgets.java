package org.citycast.funding.budget;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.citycast.funding.audit.AuditTrail;
import org.citycast.funding.catalogue.Catalogue;
import org.citycast.funding.catalogue.Category;
import org.citycast.funding.platform.CurrentUser;
import org.citycast.funding.platform.DomainException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The allocations and their ledger. Each movement is one conditional {@code UPDATE} of the
 * allocation row: PostgreSQL serialises concurrent updates of that row and re-checks the
 * condition against the committed state, so two approvals can never both take the last yuan; the
 * table's CHECK constraints hold the invariants even against a bug here.
 */
@Service
public class Budgets {

    private static final String ALLOCATION = """
            SELECT a.year, a.category_code, c.name AS category_name, a.allocated, a.committed, a.available, a.disbursed
            FROM allocation a JOIN grant_category c ON c.code = a.category_code""";

    private final JdbcClient jdbc;
    private final Catalogue catalogue;
    private final AuditTrail audit;
    private final Clock clock;

    Budgets(JdbcClient jdbc, Catalogue catalogue, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public BudgetView budget(int year) {
        return BudgetView.of(year, jdbc.sql(ALLOCATION + " WHERE a.year = ? ORDER BY c.position, c.code")
                .param(year).query(Budgets::allocation).list());
    }

    @Transactional(readOnly = true)
    public Optional<Allocation> allocation(int year, String category) {
        return jdbc.sql(ALLOCATION + " WHERE a.year = ? AND a.category_code = ?").params(year, category)
                .query(Budgets::allocation).optional();
    }

    /** Sets a category's allocation for a year; it may not fall below what is already committed. */
    @Transactional
    public Allocation allocate(int year, String category, BigDecimal amount) {
        Category known = catalogue.category(category)
                .orElseThrow(() -> DomainException.notFound("Category", category));
        BigDecimal exact = amount.setScale(2);
        Optional<Allocation> before = jdbc.sql(ALLOCATION + " WHERE a.year = ? AND a.category_code = ? FOR UPDATE OF a")
                .params(year, category).query(Budgets::allocation).optional();
        if (before.isPresent() && exact.compareTo(before.get().committed()) < 0) {
            throw DomainException.conflict("Cannot set the " + known.name() + " allocation for " + year + " to " + exact
                    + ": " + before.get().committed() + " is already committed.");
        }
        jdbc.sql("""
                        INSERT INTO allocation (year, category_code, allocated, updated_at) VALUES (?, ?, ?, ?)
                        ON CONFLICT (year, category_code) DO UPDATE SET allocated = EXCLUDED.allocated,
                            updated_at = EXCLUDED.updated_at""")
                .params(year, category, exact, Timestamp.from(clock.instant())).update();
        Allocation after = allocation(year, category).orElseThrow();
        BigDecimal change = exact.subtract(before.map(Allocation::allocated).orElse(BigDecimal.ZERO));
        entry(after, null, LedgerKind.ALLOCATED, change, null);
        audit.record("budget:" + year + ":" + category, null, "ALLOCATED", before.orElse(null), after);
        return after;
    }

    /**
     * Commits {@code amount} of a year's category allocation to an approved grant, or refuses,
     * saying how much is left: the money ran out.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Allocation commit(int year, String category, UUID application, BigDecimal amount, String note) {
        Optional<Allocation> after = move("""
                UPDATE allocation SET committed = committed + :amount, updated_at = :now
                WHERE year = :year AND category_code = :category AND allocated - committed >= :amount""",
                year, category, amount);
        if (after.isEmpty()) {
            Allocation current = allocation(year, category).orElseThrow(() -> DomainException.conflict(
                    "No money is allocated to category " + category + " in " + year + "; set the budget first."));
            throw DomainException.conflict("The money ran out: the " + current.categoryName() + " allocation for "
                    + year + " has " + current.available() + " available, so " + amount.setScale(2)
                    + " cannot be committed.");
        }
        entry(after.get(), application, LedgerKind.COMMITTED, amount, note);
        return after.get();
    }

    /** Returns committed but unpaid money to available. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Allocation release(int year, String category, UUID application, BigDecimal amount, String note) {
        Allocation after = move("""
                UPDATE allocation SET committed = committed - :amount, updated_at = :now
                WHERE year = :year AND category_code = :category AND committed - disbursed >= :amount""",
                year, category, amount).orElseThrow(() -> new IllegalStateException(
                        "Cannot release " + amount + " of " + category + " " + year + ": it is not committed and unpaid"));
        entry(after, application, LedgerKind.RELEASED, amount, note);
        return after;
    }

    /** Pays committed money out; never more than is committed. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Allocation disburse(int year, String category, UUID application, BigDecimal amount, String note) {
        Allocation after = move("""
                UPDATE allocation SET disbursed = disbursed + :amount, updated_at = :now
                WHERE year = :year AND category_code = :category AND disbursed + :amount <= committed""",
                year, category, amount).orElseThrow(() -> DomainException.conflict(
                        "Cannot pay " + amount + ": more than is committed in " + category + " " + year + "."));
        entry(after, application, LedgerKind.DISBURSED, amount, note);
        return after;
    }

    /** Paid money that came back (spent less than paid): neither disbursed nor committed any more. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Allocation refund(int year, String category, UUID application, BigDecimal amount, String note) {
        Allocation after = move("""
                UPDATE allocation SET disbursed = disbursed - :amount, committed = committed - :amount, updated_at = :now
                WHERE year = :year AND category_code = :category AND disbursed >= :amount""",
                year, category, amount).orElseThrow(() -> new IllegalStateException(
                        "Cannot refund " + amount + " of " + category + " " + year + ": not that much was paid"));
        entry(after, application, LedgerKind.REFUNDED, amount, note);
        return after;
    }

    record LedgerFilter(String category, LedgerKind kind, UUID applicationId) {
    }

    @Transactional(readOnly = true)
    Page<LedgerEntry> ledger(int year, LedgerFilter filter, Pageable page) {
        Map<String, Object> params = new HashMap<>();
        String where = ledgerWhere(year, filter, params);
        long total = jdbc.sql("SELECT count(*) FROM ledger_entry" + where).params(params).query(Long.class).single();
        params.put("limit", page.getPageSize());
        params.put("offset", page.getOffset());
        List<LedgerEntry> rows = jdbc.sql("SELECT * FROM ledger_entry" + where
                        + " ORDER BY at, id LIMIT :limit OFFSET :offset")
                .params(params).query(Budgets::entry).list();
        return new PageImpl<>(rows, page, total);
    }

    @Transactional(readOnly = true)
    List<LedgerEntry> ledger(int year, LedgerFilter filter) {
        Map<String, Object> params = new HashMap<>();
        String where = ledgerWhere(year, filter, params);
        return jdbc.sql("SELECT * FROM ledger_entry" + where + " ORDER BY at, id").params(params)
                .query(Budgets::entry).list();
    }

    private static String ledgerWhere(int year, LedgerFilter filter, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>(List.of("year = :year"));
        params.put("year", year);
        if (filter.category() != null && !filter.category().isBlank()) {
            conditions.add("category_code = :category");
            params.put("category", filter.category());
        }
        if (filter.kind() != null) {
            conditions.add("kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.applicationId() != null) {
            conditions.add("application_id = :application");
            params.put("application", filter.applicationId());
        }
        return " WHERE " + String.join(" AND ", conditions);
    }

    private Optional<Allocation> move(String update, int year, String category, BigDecimal amount) {
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("A movement is a positive amount, not " + amount);
        }
        return jdbc.sql(update + "\n" + """
                        RETURNING year, category_code,
                            (SELECT name FROM grant_category WHERE code = category_code) AS category_name,
                            allocated, committed, available, disbursed""")
                .param("amount", amount.setScale(2)).param("now", Timestamp.from(clock.instant()))
                .param("year", year).param("category", category)
                .query(Budgets::allocation).optional();
    }

    private void entry(Allocation after, UUID application, LedgerKind kind, BigDecimal amount, String note) {
        jdbc.sql("""
                        INSERT INTO ledger_entry (id, year, category_code, application_id, kind, amount, allocated, committed,
                            available, disbursed, at, actor, note)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), after.year(), after.categoryCode(), application, kind.name(),
                        amount.setScale(2), after.allocated(), after.committed(), after.available(), after.disbursed(),
                        Timestamp.from(clock.instant()), CurrentUser.get().username(), note)
                .update();
    }

    private static Allocation allocation(ResultSet rs, int row) throws SQLException {
        return new Allocation(rs.getInt("year"), rs.getString("category_code"), rs.getString("category_name"),
                rs.getBigDecimal("allocated"), rs.getBigDecimal("committed"), rs.getBigDecimal("available"),
                rs.getBigDecimal("disbursed"));
    }

    private static LedgerEntry entry(ResultSet rs, int row) throws SQLException {
        return new LedgerEntry(rs.getObject("id", UUID.class), rs.getInt("year"), rs.getString("category_code"),
                rs.getObject("application_id", UUID.class), LedgerKind.valueOf(rs.getString("kind")),
                rs.getBigDecimal("amount"), rs.getBigDecimal("allocated"), rs.getBigDecimal("committed"),
                rs.getBigDecimal("available"), rs.getBigDecimal("disbursed"), rs.getTimestamp("at").toInstant(),
                rs.getString("actor"), rs.getString("note"));
    }
}
