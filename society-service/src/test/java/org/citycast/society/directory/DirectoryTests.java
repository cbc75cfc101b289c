package org.citycast.society.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.citycast.society.platform.TestTokens.admin;
import static org.citycast.society.platform.TestTokens.secretaryOf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.citycast.society.ServiceTest;
import org.citycast.society.platform.Spreadsheets;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;

import tools.jackson.databind.JsonNode;

class DirectoryTests extends ServiceTest {

    @Test
    void namesAreSortedInPinyinOrderAndFoundByAnyPartOfTheName() throws Exception {
        String tag = tag();
        for (String name : List.of("赵" + tag + "学会", "安" + tag + "学会", "张" + tag + "学会", "北京" + tag + "学会",
                "重庆" + tag + "学会", "王" + tag + "学会", "李" + tag + "学会")) {
            enter(name, "SCIENCE", "市科学技术协会");
        }
        JsonNode page = list("q", tag);
        assertThat(page.get("content").valueStream().map(item -> item.get("name").asString().substring(0, 1)).toList())
                .containsExactly("安", "北", "重", "李", "王", "张", "赵");
        assertThat(page.get("page").get("totalElements").asInt()).isEqualTo(7);

        assertThat(list("q", "京" + tag).get("content").get(0).get("name").asString()).isEqualTo("北京" + tag + "学会");
    }

    @Test
    void theSearchFindsTheTextItselfInTheNameOrShortNameNotOnlyItsCharacters() throws Exception {
        String tag = tag();
        enter("济宁市物理" + tag + "学会", "SCIENCE", "市科学技术协会");
        enter("济宁市生物地理" + tag + "学会", "SCIENCE", "市科学技术协会");
        mvc.perform(post("/api/societies").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
                {"reason":"录入现有学会名录","name":"济宁市化学会%s","shortName":"理化%s","disciplineCategory":"SCIENCE",
                 "hostUnit":"市科学技术协会"}""".formatted(tag, tag))).andExpect(status().isCreated());

        assertThat(names(list("q", "物理" + tag))).containsExactly("济宁市物理" + tag + "学会");
        assertThat(names(list("q", "化" + tag))).containsExactly("济宁市化学会" + tag);
        assertThat(names(list("q", " " + tag.toUpperCase() + "学会 "))).containsExactlyInAnyOrder(
                "济宁市物理" + tag + "学会", "济宁市生物地理" + tag + "学会");
        assertThat(list("q", "理物" + tag).get("page").get("totalElements").asInt()).isZero();
    }

    @Test
    void filtersCombine() throws Exception {
        String tag = tag();
        UUID medicine = enter("济宁市医学" + tag, "MEDICINE", "市卫生健康委员会");
        enter("济宁市农学" + tag, "AGRICULTURE", "市农业农村局");
        mvc.perform(put("/api/societies/" + medicine + "/party-organisation").with(admin())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"form":"STANDALONE","establishedOn":"2016-07-01","memberCount":12}"""))
                .andExpect(status().isOk());

        assertThat(names(list("q", tag, "category", "MEDICINE"))).containsExactly("济宁市医学" + tag);
        assertThat(names(list("q", tag, "hostUnit", "市农业农村局"))).containsExactly("济宁市农学" + tag);
        assertThat(names(list("q", tag, "partyCovered", "true"))).containsExactly("济宁市医学" + tag);
        assertThat(names(list("q", tag, "partyCovered", "false"))).containsExactly("济宁市农学" + tag);
        assertThat(names(list("q", tag, "status", "ACTIVE", "healthTier", "SOUND_ACTIVE"))).hasSize(2);
        assertThat(names(list("q", tag, "status", "DRAFT"))).isEmpty();
    }

    @Test
    void theListFiltersByAYearsInspectionResult() throws Exception {
        String tag = tag();
        mvc.perform(post("/api/societies").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
                {"reason":"录入现有学会名录","name":"济宁市年检甲%s","disciplineCategory":"SCIENCE","hostUnit":"市科学技术协会",
                 "registeredOn":"2005-01-01"}""".formatted(tag))).andExpect(status().isCreated());
        clock.setToday(LocalDate.of(2014, 1, 10));
        mvc.perform(post("/api/societies/inspections/rounds/2013").with(admin())).andExpect(status().isOk());
        clock.setToday(LocalDate.of(2014, 4, 2));
        mvc.perform(post("/api/societies/inspections/deadline-check").with(admin())).andExpect(status().isOk());
        assertThat(names(list("q", tag, "inspectionYear", "2013", "inspectionOutcome", "MISSED")))
                .containsExactly("济宁市年检甲" + tag);
        assertThat(names(list("q", tag, "inspectionYear", "2013", "inspectionOutcome", "QUALIFIED"))).isEmpty();
        mvc.perform(get("/api/societies").param("inspectionOutcome", "MISSED").with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("inspectionYear"));
    }

    @Test
    void aSecretaryListsOnlyTheirOwnSociety() throws Exception {
        String tag = tag();
        UUID own = enter("济宁市甲" + tag, "SCIENCE", "市科学技术协会");
        enter("济宁市乙" + tag, "SCIENCE", "市科学技术协会");
        mvc.perform(get("/api/societies").param("q", tag).with(secretaryOf(own)))
                .andExpect(jsonPath("$.page.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].id").value(own.toString()));
    }

    @Test
    void aFilterValueThatIsNotOneOfItsKindIsNamedInTheProblem() throws Exception {
        mvc.perform(get("/api/societies").param("status", "BOGUS").with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"))
                .andExpect(jsonPath("$.errors[0].message").value("'BOGUS' is not a valid value"));
        mvc.perform(get("/api/societies/inspections").with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("year"));
        mvc.perform(get("/api/societies/not-a-uuid").with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("id"));
    }

    @Test
    void aPageOrSizeThatCannotBeHonouredIsNamedInTheProblem() throws Exception {
        for (String[] wrong : new String[][] {{"page", "abc"}, {"page", "-1"}, {"page", "99999999999999"},
                {"size", "0"}, {"size", "501"}, {"size", "ten"}}) {
            mvc.perform(get("/api/societies").param(wrong[0], wrong[1]).with(admin()))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value(wrong[0]));
        }
        mvc.perform(get("/api/societies").param("page", "0").param("size", "500").with(admin()))
                .andExpect(status().isOk());
    }

    @Test
    void anUnknownSortFieldIsNamedInTheProblem() throws Exception {
        mvc.perform(get("/api/societies").param("sort", "password").with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sort"));
    }

    @Test
    void theFilteredListExportsToXlsxWithChineseHeaders() throws Exception {
        String tag = tag();
        enter("济宁市甲" + tag, "MEDICINE", "市卫生健康委员会");
        enter("济宁市乙" + tag, "MEDICINE", "市卫生健康委员会");
        byte[] xlsx = mvc.perform(get("/api/societies/export.xlsx").param("q", tag).with(admin()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("名称");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("济宁市甲" + tag);
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("医学");
        }
    }

    @Test
    void anImportWithAnyBadRowImportsNothingAndReportsEveryRow() throws Exception {
        String tag = tag();
        byte[] sheet = sheet(
                List.of("名称", "学科门类", "挂靠单位", "统一社会信用代码", "资产（元）"),
                List.of("济宁市好学会" + tag, "医学", "市卫生健康委员会", "", "50000.00"),
                List.of("济宁市坏学会" + tag, "玄学", "不存在的局", "91110000600037341M", "-5"),
                List.of("济宁市好学会" + tag, "理科", "市科学技术协会", "", ""));
        mvc.perform(multipart("/api/societies/import").file(file(sheet)).param("reason", "录入名录").with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder(
                        "rows[3].disciplineCategory", "rows[3].hostUnit", "rows[3].creditCode", "rows[3].assets",
                        "rows[4].name")));
        assertThat(jdbc.sql("select count(*) from society where name like ?").param("%" + tag + "%")
                .query(Long.class).single()).isZero();
    }

    @Test
    void aGoodSheetImportsEveryRow() throws Exception {
        String tag = tag();
        byte[] sheet = sheet(
                List.of("名称", "简称", "学科门类", "挂靠单位", "个人会员数", "资产（元）", "成立日期"),
                List.of("济宁市甲学会" + tag, "甲" + tag, "工科", "市工业和信息化局", "120", "45000.50", "2010-05-04"),
                List.of("济宁市乙学会" + tag, "", "INFORMATION", "市大数据中心", "60", "", ""));
        mvc.perform(multipart("/api/societies/import").file(file(sheet)).param("reason", "录入名录")
                        .with(secretaryOf(UUID.randomUUID())))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/api/societies/import").file(file(sheet)).param("reason", "录入名录").with(admin()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.imported").value(2));
        JsonNode first = list("q", "甲学会" + tag).get("content").get(0);
        assertThat(first.get("assets").asString()).isEqualTo("45000.50");
        assertThat(first.get("foundedOn").asString()).isEqualTo("2010-05-04");
        assertThat(first.get("status").asString()).isEqualTo("ACTIVE");
    }

    @Test
    void aFileThatIsNotAWorkbookIsABadRequest() throws Exception {
        mvc.perform(multipart("/api/societies/import")
                        .file(new MockMultipartFile("file", "x.xlsx", "application/octet-stream", "hello".getBytes()))
                        .with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
    }

    @Test
    void everyImportedRowFollowsTheApisRulesAndEachProblemNamesItsRowAndField() throws Exception {
        String tag = tag();
        String taken = "在册" + tag;
        mvc.perform(post("/api/societies").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
                        {"name":"济宁市已在册学会%s","shortName":"%s","disciplineCategory":"SCIENCE",
                         "hostUnit":"市科学技术协会","reason":"录入名录"}""".formatted(tag, taken)))
                .andExpect(status().isCreated());
        String tomorrow = LocalDate.now().plusDays(2).toString();
        byte[] sheet = sheet(
                List.of("名称", "简称", "学科门类", "挂靠单位", "登记日期", "健康状况", "党组织", "个人会员数"),
                List.of("济宁市甲" + tag, taken, "理科", "市科学技术协会", "", "", "", ""),
                List.of("济宁市乙" + tag, "同简称" + tag, "理科", "市科学技术协会", "", "", "", ""),
                List.of("济宁市丙" + tag, "同简称" + tag, "理科", "市科学技术协会", "", "", "", ""),
                List.of("济宁市丁" + tag, "", "理科", "市科学技术协会", tomorrow, "", "", ""),
                List.of("济宁市" + "很".repeat(100) + tag, "", "理科", "市科学技术协会", "", "", "", ""),
                List.of("济宁市戊" + tag, "", "理科", "市科学技术协会", "", "半死不活", "", ""),
                List.of("济宁市己" + tag, "", "理科", "市科学技术协会", "", "", "秘密支部", "12.5"));
        mvc.perform(multipart("/api/societies/import").file(file(sheet)).param("reason", "录入名录").with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder(
                        "rows[2].shortName", "rows[4].shortName", "rows[5].registeredOn", "rows[6].name",
                        "rows[7].healthTier", "rows[8].partyOrganisation", "rows[8].individualMembers")));
        assertThat(jdbc.sql("select count(*) from society where name like ?").param("%" + tag + "%")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anImportNeedsAnAdminsReasonAndMarksItsSocietiesImported() throws Exception {
        String tag = tag();
        byte[] sheet = sheet(List.of("名称", "学科门类", "挂靠单位"),
                List.of("济宁市录入学会" + tag, "理科", "市科学技术协会"));
        mvc.perform(multipart("/api/societies/import").file(file(sheet)).with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(multipart("/api/societies/import").file(file(sheet)).param("reason", "2016年名录").with(admin()))
                .andExpect(status().isCreated());
        String id = list("q", "录入学会" + tag).get("content").get(0).get("id").asString();
        mvc.perform(get("/api/societies/" + id).with(admin()))
                .andExpect(jsonPath("$.origin").value("IMPORTED"))
                .andExpect(jsonPath("$.importReason").value("2016年名录"));
    }

    @Test
    void anExportImportsUnchangedWithItsHealthTierPartyOrganisationAndDates() throws Exception {
        String tag = tag();
        UUID dormant = enter("济宁市导出甲" + tag, "MEDICINE", "市卫生健康委员会");
        enter("济宁市导出乙" + tag, "AGRICULTURE", "市农业农村局");
        mvc.perform(put("/api/societies/" + dormant + "/health-tier").with(admin())
                .contentType(MediaType.APPLICATION_JSON).content("{\"healthTier\":\"DORMANT\"}"))
                .andExpect(status().isOk());
        mvc.perform(put("/api/societies/" + dormant + "/party-organisation").with(admin())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"form":"INSTRUCTOR_ASSIGNED","establishedOn":"2016-07-01","memberCount":0}"""))
                .andExpect(status().isOk());
        JsonNode exported = list("q", tag, "sort", "name");
        byte[] xlsx = mvc.perform(get("/api/societies/export.xlsx").param("q", tag).with(admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        jdbc.sql("delete from society where name like ?").param("%" + tag + "%").update();

        mvc.perform(multipart("/api/societies/import").file(file(xlsx)).param("reason", "迁移名录").with(admin()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.imported").value(2));
        JsonNode imported = list("q", tag, "sort", "name");
        for (int i = 0; i < 2; i++) {
            for (String field : List.of("name", "shortName", "disciplineCategory", "hostUnit", "status", "healthTier",
                    "creditCode", "registeredOn", "foundedOn", "joinedOn", "individualMembers", "unitMembers", "assets",
                    "address", "legalRepresentative", "partyOrganisation")) {
                assertThat(String.valueOf(imported.get("content").get(i).get(field))).as(field)
                        .isEqualTo(String.valueOf(exported.get("content").get(i).get(field)));
            }
        }
    }

    @Test
    void aWorkbookThatInflatesFarBeyondItsUploadIsABadRequest() throws Exception {
        var crafted = CraftedWorkbooks.expandingSheet(850_000);
        assertThat(crafted.bytes().length).isLessThan(1_000_000);
        assertThat(crafted.inflatedSheetBytes()).isGreaterThan(60_000_000);
        mvc.perform(multipart("/api/societies/import").file(file(crafted.bytes())).param("reason", "x").with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
    }

    /** The import reads such a workbook in a JVM of 384 MB without running out of memory, and refuses it. */
    @Test
    void readingAnInflatingWorkbookFitsInA384MegabyteHeap() throws Exception {
        var crafted = CraftedWorkbooks.expandingSheet(850_000);
        java.nio.file.Path upload = java.nio.file.Files.createTempFile("crafted", ".xlsx");
        try {
            java.nio.file.Files.write(upload, crafted.bytes());
            Process probe = new ProcessBuilder(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-Xmx384m", "-cp", System.getProperty("java.class.path"),
                    WorkbookProbe.class.getName(), upload.toString()).redirectErrorStream(true).start();
            String output = new String(probe.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(probe.waitFor()).as(output).isZero();
            assertThat(output).doesNotContain("OutOfMemoryError").contains("REFUSED");
        } finally {
            java.nio.file.Files.delete(upload);
        }
    }

    private UUID enter(String name, String category, String hostUnit) throws Exception {
        String body = mvc.perform(post("/api/societies").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"reason":"录入现有学会名录","name":"%s","disciplineCategory":"%s","hostUnit":"%s"}""".formatted(name, category,
                                hostUnit)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return UUID.fromString(json.readTree(body).get("id").asString());
    }

    private JsonNode list(String... params) throws Exception {
        var request = get("/api/societies").with(admin());
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return json.readTree(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    private static List<String> names(JsonNode page) {
        return page.get("content").valueStream().map(item -> item.get("name").asString()).toList();
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    @SafeVarargs
    private static byte[] sheet(List<String>... rows) throws Exception {
        try (Workbook workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet();
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].size(); c++) {
                    row.createCell(c).setCellValue(rows[r].get(c));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static MockMultipartFile file(byte[] content) {
        return new MockMultipartFile("file", "societies.xlsx", Spreadsheets.XLSX.toString(), content);
    }
}
