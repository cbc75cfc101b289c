package org.citycast.funding.call;

import org.springframework.data.relational.core.mapping.Table;

@Table("call_category")
record CallCategory(String categoryCode) {
}
