package org.citycast.publicity.site;

/** The Chinese words the public pages use for the register's codes. */
final class Labels {

    private Labels() {
    }

    static String category(String code) {
        if (code == null) {
            return "";
        }
        return switch (code) {
            case "SCIENCE" -> "理科";
            case "ENGINEERING" -> "工科";
            case "AGRICULTURE" -> "农业";
            case "MEDICINE" -> "医学";
            case "URBAN_CONSTRUCTION" -> "城建";
            case "INFORMATION" -> "信息";
            case "ENERGY_ENVIRONMENT" -> "能源环保";
            case "ECONOMY_MANAGEMENT" -> "经济管理";
            default -> code;
        };
    }

    static String partyOrganisation(String code) {
        if (code == null) {
            return "未建立";
        }
        return switch (code) {
            case "STANDALONE" -> "单独组建";
            case "JOINT" -> "联合组建";
            case "INSTRUCTOR_ASSIGNED" -> "选派党建工作指导员";
            default -> "未建立";
        };
    }
}
