package org.citycast.funding.catalogue;

import java.util.List;

/** A funding category with its sub-items, in catalogue order. */
public record Category(String code, String name, int position, boolean active, List<SubItem> subItems) {
}
