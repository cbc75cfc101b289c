package org.citycast.funding.catalogue;

import static org.citycast.funding.platform.TestTokens.admin;
import static org.citycast.funding.platform.TestTokens.secretaryOf;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.citycast.funding.ServiceTest;
import org.junit.jupiter.api.Test;

class CatalogueTests extends ServiceTest {

    @Test
    void theBriefsCategoriesAndSubItemsAreThereForEveryone() throws Exception {
        mvc.perform(get("/api/funding/catalogue").with(secretaryOf(UUID.randomUUID())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.categories[*].name").value(hasItems("学术和科技交流", "公共服务", "学会建设")))
                .andExpect(jsonPath("$.categories[0].subItems[*].name").value(hasItems("学术年会",
                        "承接全国性或区域性专业学术活动")))
                .andExpect(jsonPath("$.tags[*].label").value(hasItems("重点活动", "社会服务项目", "公益活动")));
    }

    @Test
    void adminAddsAndRenamesEntriesWithNamesKeptUnique() throws Exception {
        String code = "CAT_" + Long.toString(System.nanoTime(), 36).toUpperCase();
        mvc.perform(json(post("/api/funding/catalogue/categories").with(admin()),
                        "{\"code\":\"%s\",\"name\":\"科技咨询%s\"}".formatted(code, code)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.active").value(true));
        mvc.perform(json(post("/api/funding/catalogue/categories").with(admin()),
                "{\"code\":\"%s\",\"name\":\"另一个\"}".formatted(code))).andExpect(status().isConflict());
        mvc.perform(json(post("/api/funding/catalogue/categories/" + code + "/sub-items").with(admin()),
                        "{\"code\":\"%s_ITEM\",\"name\":\"学术年会\"}".formatted(code)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("name"));
        mvc.perform(json(post("/api/funding/catalogue/categories/" + code + "/sub-items").with(admin()),
                        "{\"code\":\"%s_ITEM\",\"name\":\"决策咨询报告%s\"}".formatted(code, code)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.categoryCode").value(code));
        mvc.perform(json(put("/api/funding/catalogue/sub-items/" + code + "_ITEM").with(admin()),
                        "{\"name\":\"决策咨询%s\",\"active\":false}".formatted(code)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.active").value(false));
        mvc.perform(json(post("/api/funding/catalogue/categories").with(admin()),
                        "{\"code\":\"lower case\",\"name\":\"x\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("code"));
        mvc.perform(json(put("/api/funding/catalogue/categories/NOPE").with(admin()), "{\"name\":\"x\",\"active\":true}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/funding/audit?subjectId=catalogue:" + code).with(admin()))
                .andExpect(jsonPath("$.page.totalElements").value(1));
    }
}
