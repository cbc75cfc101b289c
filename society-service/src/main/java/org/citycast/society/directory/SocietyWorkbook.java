package org.citycast.society.directory;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

import org.citycast.society.platform.Spreadsheets;
import org.citycast.society.platform.Spreadsheets.Column;
import org.citycast.society.platform.Spreadsheets.SheetRow;
import org.citycast.society.registration.DisciplineCategory;
import org.citycast.society.registration.HealthTier;
import org.citycast.society.registration.PartyOrganisationForm;
import org.citycast.society.registration.SocietyRegister.Listing;
import org.citycast.society.registration.SocietyStatus;

/**
 * The register as an xlsx sheet with Chinese headers, as staff keep it today. The same headers
 * are read back on import, in any column order; a header may also be the field's English name.
 */
final class SocietyWorkbook {

    /** More than a register of a city's societies needs, far less than a heap holds. */
    static final int MAX_ROWS = 5_000;

    static final List<Column<Listing>> COLUMNS = List.of(
            new Column<>("名称", "name", Listing::name),
            new Column<>("简称", "shortName", Listing::shortName),
            new Column<>("学科门类", "disciplineCategory", item -> item.disciplineCategory().label()),
            new Column<>("挂靠单位", "hostUnit", Listing::hostUnit),
            new Column<>("状态", "status", item -> item.status().label()),
            new Column<>("健康状况", "healthTier", item -> item.healthTier().label()),
            new Column<>("统一社会信用代码", "creditCode", Listing::creditCode),
            new Column<>("登记日期", "registeredOn", Listing::registeredOn),
            new Column<>("成立日期", "foundedOn", Listing::foundedOn),
            new Column<>("加入日期", "joinedOn", Listing::joinedOn),
            new Column<>("个人会员数", "individualMembers", Listing::individualMembers),
            new Column<>("单位会员数", "unitMembers", Listing::unitMembers),
            new Column<>("资产（元）", "assets", Listing::assets),
            new Column<>("地址", "address", Listing::address),
            new Column<>("法定代表人", "legalRepresentative", Listing::legalRepresentative),
            new Column<>("党组织", "partyOrganisation", item -> item.partyOrganisation().label()));

    private SocietyWorkbook() {
    }

    static List<SheetRow> read(InputStream xlsx) {
        return Spreadsheets.read(xlsx, COLUMNS, MAX_ROWS);
    }

    static DisciplineCategory category(String text) {
        for (DisciplineCategory category : DisciplineCategory.values()) {
            if (category.label().equals(text) || category.name().equalsIgnoreCase(text)) {
                return category;
            }
        }
        throw new IllegalArgumentException("is not one of the eight categories ("
                + String.join("、", Arrays.stream(DisciplineCategory.values()).map(DisciplineCategory::label)
                        .toList()) + ")");
    }

    static HealthTier healthTier(String text) {
        for (HealthTier tier : HealthTier.values()) {
            if (tier.label().equals(text) || tier.name().equalsIgnoreCase(text)) {
                return tier;
            }
        }
        throw new IllegalArgumentException("is not one of the health tiers ("
                + String.join("、", Arrays.stream(HealthTier.values()).map(HealthTier::label).toList()) + ")");
    }

    static PartyOrganisationForm partyOrganisation(String text) {
        for (PartyOrganisationForm form : PartyOrganisationForm.values()) {
            if (form.label().equals(text) || form.name().equalsIgnoreCase(text)) {
                return form;
            }
        }
        throw new IllegalArgumentException("is not one of the forms of party organisation ("
                + String.join("、", Arrays.stream(PartyOrganisationForm.values()).map(PartyOrganisationForm::label)
                        .toList()) + ")");
    }

    /** Only a member in good standing is imported; the register's other states come about on the platform. */
    static SocietyStatus activeStatus(String text) {
        if (SocietyStatus.ACTIVE.label().equals(text) || SocietyStatus.ACTIVE.name().equalsIgnoreCase(text)) {
            return SocietyStatus.ACTIVE;
        }
        throw new IllegalArgumentException("cannot be imported: only active societies (" + SocietyStatus.ACTIVE.label()
                + ") are; founding and transfers go through their own procedures");
    }

    static LocalDate date(String text) {
        try {
            return text == null ? null : LocalDate.parse(text.replace('/', '-'));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("must be a date like 2016-05-20");
        }
    }
}
