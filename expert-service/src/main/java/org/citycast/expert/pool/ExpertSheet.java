package org.citycast.expert.pool;

import java.util.List;
import java.util.stream.Collectors;

import org.citycast.expert.platform.Spreadsheets.Column;

/** The pool roster as a sheet; the same headers are read back on import. */
final class ExpertSheet {

    /** More than a city's pools hold, far less than a heap holds. */
    static final int MAX_ROWS = 10_000;

    static final List<Column<ExpertView>> COLUMNS = List.of(
            new Column<>("姓名", "name", ExpertView::name),
            new Column<>("性别", "gender", e -> e.gender() == null ? null : e.gender().label()),
            new Column<>("出生年份", "birthYear", ExpertView::birthYear),
            new Column<>("工作单位", "employer", ExpertView::employer),
            new Column<>("职称", "title", ExpertView::title),
            new Column<>("职称级别", "titleLevel", ExpertView::titleLevelLabel),
            new Column<>("行业门类", "category", ExpertView::categoryLabel),
            new Column<>("专家库", "pool", e -> e.pools().stream().map(ExpertView.PoolSeat::name)
                    .collect(Collectors.joining("、"))),
            new Column<>("所属学会", "societies", e -> e.societies().stream()
                    .map(s -> s.name() == null ? s.id().toString() : s.name()).collect(Collectors.joining("、"))),
            new Column<>("专业特长", "expertise", e -> String.join("、", e.expertise())),
            new Column<>("手机", "phone", ExpertView::phone),
            new Column<>("身份证号", "idNumber", ExpertView::idNumber),
            new Column<>("电子邮箱", "email", ExpertView::email),
            new Column<>("专家委员会", "committeeMember", e -> e.committeeMember() ? "是" : "否"));

    private ExpertSheet() {
    }
}
