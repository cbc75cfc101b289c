package org.citycast.expert.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citycast.expert.platform.TestTokens.admin;
import static org.citycast.expert.platform.TestTokens.editor;
import static org.citycast.expert.platform.TestTokens.secretaryOf;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.citycast.expert.Fixtures;
import org.citycast.expert.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

/** The roster as xlsx: an all-or-nothing import with every problem named by row and field, and the export. */
class RosterSheetTests extends ServiceTest {

    static final List<String> HEADERS = List.of("姓名", "性别", "出生年份", "工作单位", "职称", "职称级别", "行业门类",
            "专家库", "所属学会", "专业特长", "手机", "身份证号", "电子邮箱");

    String societyName;
    UUID society;

    @BeforeEach
    void aSociety() {
        society = new Fixtures(mvc, json, jdbc).society("济宁市名册学会");
        societyName = jdbc.sql("SELECT name FROM society WHERE id = ?").param(society).query(String.class).single();
    }

    @Test
    void aSheetWithAnyBadRowImportsNothingAndNamesEveryProblem() throws Exception {
        String idNumber = Fixtures.idNumber();
        byte[] sheet = sheet(
                List.of("名册甲", "男", "1970", "济宁学院", "教授", "正高级", "理科", "科技专家库", societyName,
                        "数学、统计", "13805371001", idNumber, ""),
                List.of("名册乙", "女", "1975", "济宁学院", "副教授", "副高", "理科", "科技专家库", "不存在的学会",
                        "", "12345", "370802198001011230", "not-an-email"),
                List.of("名册丙", "男", "1980", "济宁学院", "讲师", "中级", "占星", "科普专家库", "", "", "", idNumber, ""));
        long before = count();
        mvc.perform(multipart("/api/experts/import").file(file(sheet)).with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder(
                        "rows[4].societies", "rows[4].phone", "rows[4].idNumber", "rows[4].email",
                        "rows[4].titleLevel", "rows[5].category", "rows[5].idNumber")))
                .andExpect(jsonPath("$.errors[?(@.field == 'rows[5].idNumber')].message")
                        .value("appears earlier in the sheet"));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aGoodSheetAdmitsEveryRowAndTheExportReadsBackMasked() throws Exception {
        String first = Fixtures.idNumber();
        String second = Fixtures.idNumber();
        byte[] sheet = sheet(
                List.of("导入甲", "男", "1968", "济宁市农科院", "研究员", "正高级", "农业", "科技专家库", societyName,
                        "小麦育种", "13805372001", first, "jia@example.cn"),
                List.of("导入乙", "女", "1979", "济宁市科技馆", "副研究馆员", "副高级", "理科", "POPULAR_SCIENCE",
                        societyName, "科普讲解", "13805372002", second, ""));
        mvc.perform(multipart("/api/experts/import").file(file(sheet)).with(admin()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.imported").value(2));
        mvc.perform(multipart("/api/experts/import").file(file(sheet)).with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("belongs to an expert already on file"));
        mvc.perform(multipart("/api/experts/import").file(file(sheet)).with(secretaryOf(society)))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/api/experts/import").file(new MockMultipartFile("file", "x.xlsx",
                        "application/octet-stream", "not a workbook".getBytes())).with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));

        byte[] exported = mvc.perform(get("/api/experts/export.xlsx").param("society", society.toString())
                        .with(editor()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(exported))) {
            Sheet rows = workbook.getSheetAt(0);
            assertThat(rows.getLastRowNum()).isEqualTo(2);
            assertThat(rows.getRow(1).getCell(0).getStringCellValue()).isEqualTo("导入甲");
            assertThat(rows.getRow(1).getCell(7).getStringCellValue()).isEqualTo("科技专家库");
            assertThat(rows.getRow(1).getCell(10).getStringCellValue()).isEqualTo("138****2001");
            assertThat(rows.getRow(1).getCell(11).getStringCellValue()).doesNotContain(first.substring(6, 14));
        }
        byte[] forAdmin = mvc.perform(get("/api/experts/export.xlsx").param("society", society.toString())
                        .with(admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(forAdmin))) {
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(11).getStringCellValue()).isEqualTo(first);
        }
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM expert").query(Long.class).single();
    }

    private static MockMultipartFile file(byte[] content) {
        return new MockMultipartFile("file", "专家名册.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", content);
    }

    @SafeVarargs
    private static byte[] sheet(List<String>... rows) throws Exception {
        try (Workbook workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet();
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADERS.size(); c++) {
                header.createCell(c).setCellValue(HEADERS.get(c));
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 2);
                for (int c = 0; c < rows[r].size(); c++) {
                    row.createCell(c).setCellValue(rows[r].get(c));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
