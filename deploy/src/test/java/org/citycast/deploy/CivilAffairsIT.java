package org.citycast.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citycast.deploy.Platform.civilAffairsToken;
import static org.citycast.deploy.Platform.get;
import static org.citycast.deploy.Platform.post;
import static org.citycast.deploy.Platform.put;
import static org.citycast.deploy.Platform.tokenFor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.citycast.deploy.Platform.Response;
import org.junit.jupiter.api.Test;

/**
 * The civil-affairs system, signed in with its own client credentials through the gateway,
 * registers a society the association pre-approved; a repeat of the message changes nothing.
 */
class CivilAffairsIT {

    @Test
    void civilAffairsRegistersAPreApprovedSocietyOnceAndMayDoNothingElse() {
        String admin = tokenFor("admin");
        Response draft = post("/api/societies/founding-applications", admin, """
                {"name":"济宁市民政联调学会%s","disciplineCategory":"ENGINEERING","hostUnit":"市工业和信息化局",
                 "individualMembers":80,"unitMembers":5,"assets":"60000.00","legalRepresentative":"吴敏",
                 "address":"济宁市太白湖新区"}""".formatted(UUID.randomUUID().toString().substring(0, 8)));
        assertThat(draft.status()).as(draft.raw()).isEqualTo(201);
        String id = draft.body().get("id").asString();
        Response party = put("/api/societies/" + id + "/party-organisation", admin, """
                {"form":"INSTRUCTOR_ASSIGNED","establishedOn":"2020-01-05","memberCount":0}""");
        assertThat(party.status()).as(party.raw()).isEqualTo(200);
        assertThat(post("/api/societies/" + id + "/submission", admin, "").status()).isEqualTo(200);
        assertThat(post("/api/societies/" + id + "/pre-approval", admin, "").status()).isEqualTo(200);

        String civilAffairs = civilAffairsToken();
        String message = """
                {"messageId":"e2e-%s","sentAt":"%s","societyId":"%s","creditCode":"%s","certificateDate":"%s"}"""
                .formatted(UUID.randomUUID(), Instant.now(), id, freshCreditCode(), LocalDate.now().minusDays(1));
        Response applied = post("/api/civil-affairs/registrations", civilAffairs, message);
        assertThat(applied.status()).as(applied.raw()).isEqualTo(200);
        assertThat(applied.body().get("status").asString()).isEqualTo("APPLIED");
        assertThat(get("/api/societies/" + id, admin).body().get("status").asString()).isEqualTo("ACTIVE");

        Response repeated = post("/api/civil-affairs/registrations", civilAffairs, message);
        assertThat(repeated.status()).isEqualTo(200);
        assertThat(repeated.body().get("status").asString()).isEqualTo("APPLIED");

        assertThat(post("/api/civil-affairs/registrations", tokenFor("secretary1"), message).status()).isEqualTo(403);
        assertThat(get("/api/societies/" + id, civilAffairs).status()).isEqualTo(403);
    }

    /** A valid unified social credit code (GB 32100-2015) for a Jining social organisation. */
    static String freshCreditCode() {
        String charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        String digits = String.format("%06d", (int) (Math.random() * 1_000_000));
        String organisation = "MJ" + digits;
        int[] weights = {3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char c = organisation.charAt(i);
            sum += (Character.isDigit(c) ? c - '0' : c - 'A' + 10) * weights[i];
        }
        int check = 11 - sum % 11;
        String first17 = "51370800" + organisation + (check == 10 ? "X" : check == 11 ? "0" : String.valueOf(check));
        int total = 0;
        int weight = 1;
        for (int i = 0; i < 17; i++) {
            total += charset.indexOf(first17.charAt(i)) * weight;
            weight = weight * 3 % 31;
        }
        return first17 + charset.charAt((31 - total % 31) % 31);
    }
}
