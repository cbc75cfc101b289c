package org.citycast.expert.award;

import java.util.List;

import org.citycast.expert.award.Views.NominationView;
import org.citycast.expert.award.Views.RankedView;
import org.citycast.expert.platform.Spreadsheets.Column;

/** A programme's nominations, and its results with the ranking, as sheets. */
final class AwardSheets {

    static final List<Column<NominationView>> NOMINATIONS = List.of(
            new Column<>("候选人", "candidateName", NominationView::candidateName),
            new Column<>("工作单位", "candidateEmployer", NominationView::candidateEmployer),
            new Column<>("职称", "candidateTitle", NominationView::candidateTitle),
            new Column<>("成果名称", "workTitle", NominationView::workTitle),
            new Column<>("行业门类", "category", NominationView::categoryLabel),
            new Column<>("推荐学会", "societyName", NominationView::societyName),
            new Column<>("阶段", "stage", NominationView::stageLabel),
            new Column<>("状态", "status", n -> status(n.status())),
            new Column<>("奖项等级", "awardClass", NominationView::awardClassName));

    static final List<Column<RankedView>> RESULTS = List.of(
            new Column<>("名次", "rank", RankedView::rank),
            new Column<>("候选人", "candidateName", RankedView::candidateName),
            new Column<>("工作单位", "employer", RankedView::employer),
            new Column<>("成果名称", "workTitle", RankedView::workTitle),
            new Column<>("推荐学会", "societyName", RankedView::societyName),
            new Column<>("平均总分", "meanTotal", RankedView::meanTotal),
            new Column<>("评审人数", "reviews", RankedView::reviews),
            new Column<>("建议等级", "suggestedClass", RankedView::suggestedClass),
            new Column<>("奖项等级", "awardClass", RankedView::awardClass),
            new Column<>("状态", "status", r -> status(r.status())));

    private AwardSheets() {
    }

    static String status(NominationStatus status) {
        return switch (status) {
            case IN_PROGRESS -> "评选中";
            case NOT_PASSED -> "未通过";
            case WITHDRAWN -> "已撤回";
            case COMMENDED -> "已表彰";
        };
    }
}
