package org.citycast.society.standing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.citycast.society.inspection.InspectionService.InspectedYear;
import org.citycast.society.inspection.InspectionStatus;
import org.citycast.society.registration.HealthTier;
import org.junit.jupiter.api.Test;

class StandingRulesTest {

    @Test
    void theTwoMostRecentYearsBothMissedCount() {
        assertThat(StandingRules.grounds(years(2025, "MISSED", 2024, "MISSED"), HealthTier.SOUND_WEAK))
                .contains("连续两年（2024年、2025年）未参加年检");
        assertThat(StandingRules.grounds(years(2025, "MISSED", 2024, "MISSED", 2023, "MISSED"),
                HealthTier.SOUND_ACTIVE)).contains("连续两年（2024年、2025年）未参加年检");
    }

    @Test
    void twoMissedYearsLongAgoDoNotCountOnceTheSocietyPassedSince() {
        assertThat(StandingRules.grounds(years(2025, "COMPLETED", 2024, "COMPLETED", 2023, "COMPLETED", 2022,
                "COMPLETED", 2021, "MISSED", 2020, "MISSED"), HealthTier.SOUND_ACTIVE)).isEmpty();
        assertThat(StandingRules.grounds(years(2025, "MISSED", 2024, "COMPLETED", 2023, "MISSED"),
                HealthTier.SOUND_ACTIVE)).isEmpty();
        assertThat(StandingRules.grounds(years(2025, "PENDING", 2024, "MISSED", 2023, "MISSED"),
                HealthTier.SOUND_ACTIVE)).isEmpty();
    }

    @Test
    void missedYearsThatDoNotFollowEachOtherDoNot() {
        assertThat(StandingRules.grounds(years(2025, "MISSED", 2023, "MISSED"), HealthTier.SOUND_ACTIVE)).isEmpty();
        assertThat(StandingRules.grounds(years(2025, "MISSED"), HealthTier.INCOMPLETE)).isEmpty();
        assertThat(StandingRules.grounds(List.of(), HealthTier.SOUND_ACTIVE)).isEmpty();
    }

    @Test
    void aDormantSocietyGoesDownWhateverItsInspections() {
        assertThat(StandingRules.grounds(List.of(), HealthTier.DORMANT)).contains("处于停滞状态，名存实亡");
        assertThat(StandingRules.grounds(years(2025, "MISSED", 2024, "MISSED"), HealthTier.DORMANT))
                .contains("连续两年（2024年、2025年）未参加年检；处于停滞状态，名存实亡");
    }

    @Test
    void groundsThatNoLongerHoldAreNamed() {
        String letter = "连续两年（2024年、2025年）未参加年检；处于停滞状态，名存实亡";
        assertThat(StandingRules.groundsNoLongerHolding(letter, years(2025, "MISSED", 2024, "MISSED"),
                HealthTier.DORMANT)).isEmpty();
        assertThat(StandingRules.groundsNoLongerHolding(letter, years(2025, "MISSED", 2024, "MISSED"),
                HealthTier.SOUND_WEAK)).containsExactly("处于停滞状态，名存实亡");
        assertThat(StandingRules.groundsNoLongerHolding("处于停滞状态，名存实亡", years(2025, "MISSED", 2024, "MISSED"),
                HealthTier.DORMANT)).isEmpty();
    }

    @Test
    void anOpenCaseBlocksASecondOne() {
        DisqualificationCase open = drafted("连续两年（2024年、2025年）未参加年检");
        assertThat(StandingRules.groundsForNewCase(years(2025, "MISSED", 2024, "MISSED"), HealthTier.DORMANT, open))
                .isEmpty();
        assertThat(StandingRules.groundsForNewCase(years(2025, "MISSED", 2024, "MISSED"), HealthTier.SOUND_ACTIVE,
                null)).contains("连续两年（2024年、2025年）未参加年检");
    }

    @Test
    void groundsAlreadyDismissedDoNotComeBackButNewGroundsDo() {
        DisqualificationCase dismissed = drafted("连续两年（2023年、2024年）未参加年检");
        dismissed.decide(false, "admin", "已整改", Instant.parse("2025-06-01T02:00:00Z"));

        assertThat(StandingRules.groundsForNewCase(years(2024, "MISSED", 2023, "MISSED"), HealthTier.SOUND_WEAK,
                dismissed)).isEmpty();
        assertThat(StandingRules.groundsForNewCase(years(2025, "MISSED", 2024, "MISSED", 2023, "MISSED"),
                HealthTier.SOUND_WEAK, dismissed)).contains("连续两年（2024年、2025年）未参加年检");
        assertThat(StandingRules.groundsForNewCase(years(2024, "MISSED", 2023, "MISSED"), HealthTier.DORMANT,
                dismissed)).contains("连续两年（2023年、2024年）未参加年检；处于停滞状态，名存实亡");
    }

    /** Inspected years, newest first: year, status, year, status ... */
    private static List<InspectedYear> years(Object... yearsAndStatuses) {
        List<InspectedYear> years = new java.util.ArrayList<>();
        for (int i = 0; i < yearsAndStatuses.length; i += 2) {
            years.add(new InspectedYear((Integer) yearsAndStatuses[i],
                    InspectionStatus.valueOf((String) yearsAndStatuses[i + 1])));
        }
        return years;
    }

    @Test
    void aTrueTypeCollectionIsLoadedByItsFirstFaceUnlessOneIsNamed() {
        var settings = new LetterSettings("济宁市科学技术协会", "市科协", "学会部", "某意见",
                "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
        assertThat(settings.fontProgram()).isEqualTo("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,0");
        assertThat(settings.fontFile()).isEqualTo("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
        var second = new LetterSettings("济宁市科学技术协会", "市科协", "学会部", "某意见", "/fonts/NotoSansCJK.ttc,1");
        assertThat(second.fontProgram()).isEqualTo("/fonts/NotoSansCJK.ttc,1");
        assertThat(second.fontFile()).isEqualTo("/fonts/NotoSansCJK.ttc");
        assertThat(new LetterSettings("济宁市科学技术协会", "市科协", "学会部", "某意见", "/fonts/simsun.ttf").fontProgram())
                .isEqualTo("/fonts/simsun.ttf");
    }

    private static DisqualificationCase drafted(String grounds) {
        return DisqualificationCase.draft(UUID.randomUUID(), "济宁市某学会", null, grounds, LocalDate.of(2025, 5, 1),
                Instant.parse("2025-05-01T02:00:00Z"));
    }

    @Test
    void theLetterTakesTheAssociationsWordsFromItsSettingsAndSaysWhenItIsADraft() throws Exception {
        var letter = new DisqualificationLetter(new LetterSettings("某某市科学技术协会", "某某市科协", "组织联络部",
                "某某市学会管理办法", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"));
        try (var document = Loader.loadPDF(letter.render(drafted("处于停滞状态，名存实亡")))) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text).contains("某某市科学技术协会").contains("《某某市学会管理办法》")
                    .contains("解除你会的某某市科协所属学会会员资格").contains("向某某市科协组织联络部提出书面意见")
                    .contains("草稿").doesNotContain("济宁市科学技术协会").doesNotContain("关于进一步加强和改进");
        }
    }

    @Test
    void lettersAreDatedTheChineseWay() {
        assertThat(DisqualificationLetter.chineseDate(LocalDate.of(2026, 11, 29))).isEqualTo("2026年11月29日");
    }
}
