package org.citycast.funding.application;

import java.util.List;

import org.citycast.funding.platform.Spreadsheets.Column;

/** Applications as an xlsx sheet with Chinese headers. */
final class ApplicationWorkbook {

    static final List<Column<GrantView>> COLUMNS = List.of(
            new Column<>("申请编号", view -> view.id().toString()),
            new Column<>("学会", GrantView::societyName),
            new Column<>("项目名称", GrantView::title),
            new Column<>("年度", GrantView::year),
            new Column<>("类别", GrantView::categoryName),
            new Column<>("子项", GrantView::subItemName),
            new Column<>("标记", GrantView::tagLabel),
            new Column<>("状态", GrantView::statusLabel),
            new Column<>("计划开始", GrantView::plannedStart),
            new Column<>("计划结束", GrantView::plannedEnd),
            new Column<>("地点", GrantView::venue),
            new Column<>("预计人数", GrantView::expectedAttendance),
            new Column<>("协办单位", view -> String.join("、", view.coOrganisers())),
            new Column<>("申请金额（元）", GrantView::requestedAmount),
            new Column<>("评审得分", GrantView::reviewScore),
            new Column<>("批准金额（元）", GrantView::approvedAmount),
            new Column<>("已拨付（元）", GrantView::disbursedAmount),
            new Column<>("结项报告截止", GrantView::reportDueOn),
            new Column<>("结算金额（元）", GrantView::settledAmount));

    private ApplicationWorkbook() {
    }
}
