package org.citycast.funding.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citycast.funding.platform.TestTokens.admin;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.citycast.funding.Grants;
import org.citycast.funding.GrantsTest;
import org.junit.jupiter.api.Test;

class BudgetTests extends GrantsTest {

    @Test
    void anAllocationNeverFallsBelowWhatIsCommittedAndEveryMoveIsInTheLedger() throws Exception {
        Grants.Scope scope = grants.scope(new BigDecimal("30000.00"));
        UUID call = grants.call(scope, new BigDecimal("20000.00"));
        UUID society = grants.society("济宁市预算学会", "ACTIVE");
        UUID grant = grants.approved(society, call, scope, new BigDecimal("18000.00"));
        String path = "/api/funding/budgets/" + scope.year() + "/allocations/" + scope.category();

        mvc.perform(json(put(path).with(admin()), "{\"amount\":\"17999.99\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("18000.00 is already committed")));
        mvc.perform(json(put(path).with(admin()), "{\"amount\":\"-1\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("amount"));
        mvc.perform(json(put(path).with(admin()), "{\"amount\":\"1.234\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("amount"));
        mvc.perform(json(put(path).with(admin()), "{\"amount\":\"25000.00\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.allocated").value("25000.00"))
                .andExpect(jsonPath("$.committed").value("18000.00"))
                .andExpect(jsonPath("$.available").value("7000.00"));
        mvc.perform(json(put("/api/funding/budgets/" + scope.year() + "/allocations/NOPE").with(admin()),
                "{\"amount\":\"1.00\"}")).andExpect(status().isNotFound());

        mvc.perform(get("/api/funding/budgets/" + scope.year() + "/ledger?category=" + scope.category() + "&size=2")
                        .with(admin()))
                .andExpect(jsonPath("$.page.totalElements").value(3))
                .andExpect(jsonPath("$.content[0].kind").value("ALLOCATED"))
                .andExpect(jsonPath("$.content[1].kind").value("COMMITTED"))
                .andExpect(jsonPath("$.content[1].applicationId").value(grant.toString()))
                .andExpect(jsonPath("$.content[1].available").value("12000.00"));
        mvc.perform(get("/api/funding/budgets/" + scope.year() + "/ledger?kind=COMMITTED&applicationId=" + grant)
                .with(admin())).andExpect(jsonPath("$.page.totalElements").value(1));
        mvc.perform(get("/api/funding/budgets/1999").with(admin()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("year"));
        // the year's bounds are annotations beside a validated body: each error still names its own field
        mvc.perform(json(put("/api/funding/budgets/" + scope.year() + "/allocations/" + scope.category()).with(admin()),
                "{\"amount\":\"-1.00\"}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("amount"));
        mvc.perform(json(put("/api/funding/budgets/2101/allocations/" + scope.category()).with(admin()),
                "{\"amount\":\"-1.00\"}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("year", "amount")));

        byte[] xlsx = mvc.perform(get("/api/funding/budgets/" + scope.year() + "/ledger.xlsx?category=" + scope.category())
                .with(admin())).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheet("预算").getRow(0).getCell(1).getStringCellValue()).isEqualTo("已分配（元）");
            var ledger = workbook.getSheet("台账");
            assertThat(ledger.getLastRowNum()).isEqualTo(3);
            assertThat(ledger.getRow(2).getCell(3).getStringCellValue()).isEqualTo("承诺");
            assertThat(ledger.getRow(2).getCell(4).getNumericCellValue()).isEqualTo(18000.00);
        }
    }
}
