package org.citycast.funding.catalogue;

/** A sub-item of a category, e.g. 学术年会 under 学术和科技交流. */
public record SubItem(String code, String name, String categoryCode, String categoryName, int position,
        boolean active) {
}
