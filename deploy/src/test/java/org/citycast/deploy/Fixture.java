package org.citycast.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Real objects of two societies on the running platform, for the trust suites: society A is
 * secretary1's 济宁市医学会, society B secretary2's 济宁市护理学会. Most objects are the demo data's,
 * found in each service's database; those the demo data lacks are created through the gateway.
 * Placeholders in the access matrix ({@code {application}}) name them.
 */
final class Fixture {

    static final String SOCIETY_A = "11111111-1111-4111-8111-111111111111";
    static final String SOCIETY_B = "22222222-2222-4222-8222-222222222222";
    static final String EXPERT1 = "44444444-4444-4444-8444-444444444444";
    static final String REVIEWER1 = "33333333-3333-4333-8333-333333333333";

    /** The values for society A's objects and for society B's. */
    final Map<String, String> a = new HashMap<>();
    final Map<String, String> b = new HashMap<>();

    private Fixture() {
    }

    static Fixture build() {
        Fixture fixture = new Fixture();
        fixture.both("society", society -> society);
        fixture.shared("random", UUID.randomUUID().toString());
        String uniq = UUID.randomUUID().toString().substring(0, 8);
        fixture.shared("uniq", uniq);
        fixture.shared("UNIQ", uniq.toUpperCase(Locale.ROOT));
        fixture.society();
        fixture.funding();
        fixture.experts();
        fixture.events();
        fixture.publicity();
        return fixture;
    }

    /** Society-scoped placeholders: their values differ between A and B. */
    boolean scoped(String text) {
        return a.entrySet().stream()
                .anyMatch(e -> text.contains("{" + e.getKey() + "}") && !e.getValue().equals(b.get(e.getKey())));
    }

    String fill(String text, boolean societyB) {
        Map<String, String> values = societyB ? b : a;
        String filled = text;
        for (var entry : values.entrySet()) {
            filled = filled.replace("{" + entry.getKey() + "}", entry.getValue());
        }
        return filled;
    }

    private void society() {
        both("societyName", society -> Databases.first("society", "select name from society where id = ?::uuid", society));
        shared("case", orRandom(Databases.first("society", "select id from disqualification_case order by drafted_on limit 1")));
        shared("dispatch", orRandom(Databases.first("society", "select id from civil_affairs_dispatch limit 1")));
        // an evaluation round anyone signed in may read: the oldest on record, or one opened now
        String round = Databases.first("society", "select id from evaluation_round order by opened_at limit 1");
        shared("round", round != null ? round : created("/api/societies/evaluation/rounds", Platform.tokenFor("admin"),
                "{\"year\":%d,\"name\":\"权限矩阵评估\",\"applicationsCloseOn\":\"%s\"}".formatted(
                        java.time.Year.now().getValue(), java.time.LocalDate.now().plusDays(30))));
    }

    private void funding() {
        String call = require("a grant call", Databases.first("funding", "select id from grant_call order by opens_on desc limit 1"));
        shared("call", call);
        String category = require("a category of the call",
                Databases.first("funding", "select category_code from call_category where call_id = ?::uuid order by 1 limit 1", call));
        shared("category", category);
        shared("categoryName", Databases.first("funding", "select name from grant_category where code = ?", category));
        String subItem = Databases.first("funding", "select code from grant_sub_item where category_code = ? order by position limit 1", category);
        shared("subItem", subItem);
        shared("subItemName", Databases.first("funding", "select name from grant_sub_item where code = ?", subItem));
        String year = require("an allocation", Databases.first("funding",
                "select year from allocation where category_code = ? order by year desc limit 1", category));
        shared("budgetYear", year);
        shared("allocation", Databases.first("funding",
                "select allocated::text from allocation where year = ? and category_code = ?", Integer.parseInt(year), category));
        shared("knownExpert", require("a known expert", Databases.first("funding", "select id from known_expert order by id limit 1")));
        both("application", society -> require("an application of " + society, Databases.first("funding",
                "select id from grant_application where society_id = ?::uuid order by status = 'CLOSED' desc,"
                        + " status in ('REPORTED', 'AGREED') desc, id limit 1", society)));
        a.put("evidence", evidence(a.get("application")));
        b.put("evidence", evidence(b.get("application")));
        both("link", society -> created("/api/funding/financing-links?societyId=" + society, Platform.tokenFor("admin"),
                "{\"institution\":\"某银行\",\"instrument\":\"LOAN\",\"startsOn\":\"2026-01-01\"}"));
    }

    private static String evidence(String application) {
        return orRandom(Databases.first("funding", "select id from evidence_file where application_id = ?::uuid limit 1",
                application));
    }

    private void experts() {
        a.put("expert", EXPERT1);
        // an admitted member of the pool, as expert1 is: anyone signed in may see it, so refusing another
        // society's secretary is the authorisation check, not the 404 of an expert it may not see
        b.put("expert", require("an admitted expert of society B", Databases.first("expert",
                "select s.expert_id from expert_society s join pool_membership m on m.expert_id = s.expert_id"
                        + " and m.pool = 'SCI_TECH' and m.status = 'ACTIVE'"
                        + " where s.society_id = ?::uuid and s.expert_id not in (?::uuid, ?::uuid) order by 1 limit 1",
                SOCIETY_B, EXPERT1, REVIEWER1)));
        a.put("expertName", Databases.first("expert", "select name from expert where id = ?::uuid", a.get("expert")));
        b.put("expertName", Databases.first("expert", "select name from expert where id = ?::uuid", b.get("expert")));
        // one on public notice where there is one: the notice and objection rows read its notice
        String programme = require("an award programme",
                Databases.first("expert", "select p.id from award_programme p order by exists (select 1 from"
                        + " public_notice n where n.id = p.id) desc, p.year desc, p.id limit 1"));
        shared("programme", programme);
        both("nomination", society -> require("an award nomination of " + society, Databases.first("expert",
                "select id from award_nomination where society_id = ?::uuid order by programme_id = ?::uuid desc, id limit 1",
                society, programme)));
        // reviewer1 is its co-author, so both experts may read it (a proposal is its authors' alone)
        shared("proposal", require("a proposal of expert1 with reviewer1 as co-author", Databases.first("expert",
                "select p.id from proposal p join proposal_author a on a.proposal_id = p.id and a.expert_id = ?::uuid"
                        + " where p.filed_by = ?::uuid order by p.filed_at, p.id limit 1", REVIEWER1, EXPERT1)));
        poolNomination(a, SOCIETY_A, "secretary1");
        poolNomination(b, SOCIETY_B, "secretary2");
    }

    /** A candidate the society's secretary puts forward for the pool: not yet an expert anyone may look up. */
    private static void poolNomination(Map<String, String> values, String society, String secretary) {
        String phone = "138" + String.format("%08d", Math.floorMod(UUID.randomUUID().hashCode(), 100_000_000));
        String path = "/api/experts/nominations";
        Platform.Response response = Platform.post(path, Platform.tokenFor(secretary), """
                {"pool":"SCI_TECH","societyId":"%s","expert":{"name":"权限候选%s","employer":"济宁学院","title":"教授",
                 "titleLevel":"FULL_SENIOR","category":"SCIENCE","phone":"%s"}}"""
                .formatted(society, UUID.randomUUID().toString().substring(0, 6), phone));
        assertThat(response.status()).as("setup: POST " + path + " " + response.raw()).isEqualTo(201);
        values.put("poolNomination", response.body().get("id").asString());
        values.put("candidate", response.body().get("expert").get("id").asString());
    }

    private void events() {
        // a checked-in ticket where there is one, because only those have an attendance certificate to read
        both("event", society -> require("an event of " + society + " with registrations", Databases.first("event",
                "select e.id from academic_event e where e.organiser_id = ?::uuid and exists (select 1 from registration r"
                        + " where r.event_id = e.id) order by exists (select 1 from check_in c where c.event_id = e.id) desc,"
                        + " e.status = 'HELD' desc, e.starts_at desc limit 1", society)));
        shared("planYear", require("a planning deadline",
                Databases.first("event", "select year from planning_deadline order by year desc limit 1")));
        String registration = "select r.id from registration r where r.event_id = ?::uuid"
                + " order by exists (select 1 from check_in c where c.registration_id = r.id) desc, r.id limit 1";
        a.put("registration", Databases.first("event", registration, a.get("event")));
        b.put("registration", Databases.first("event", registration, b.get("event")));
        a.put("ticket", Databases.first("event", "select ticket_code from registration where id = ?::uuid", a.get("registration")));
        b.put("ticket", Databases.first("event", "select ticket_code from registration where id = ?::uuid", b.get("registration")));
        both("plan", society -> require("a plan line of " + society, Databases.first("event",
                "select id from planned_event where society_id = ?::uuid order by id limit 1", society)));
    }

    private void publicity() {
        both("article", society -> require("an article of " + society, Databases.first("publicity",
                "select id from article where society_id = ?::uuid order by id limit 1", society)));
        both("site", society -> society);
        String column = Databases.first("publicity", "select id from content_column order by position limit 1");
        shared("column", column);
        shared("columnName", Databases.first("publicity", "select name from content_column where id = ?::uuid", column));
    }

    static String created(String path, String token, String body) {
        Platform.Response response = Platform.post(path, token, body);
        assertThat(response.status()).as("setup: POST " + path + " " + response.raw()).isEqualTo(201);
        return response.body().get("id").asString();
    }

    private void both(String name, Function<String, String> value) {
        a.put(name, value.apply(SOCIETY_A));
        b.put(name, value.apply(SOCIETY_B));
    }

    private void shared(String name, String value) {
        a.put(name, value);
        b.put(name, value);
    }

    private static String require(String what, String value) {
        if (value == null) {
            throw new IllegalStateException("The demo data has no " + what);
        }
        return value;
    }

    private static String orRandom(String value) {
        return value == null ? UUID.randomUUID().toString() : value;
    }
}
