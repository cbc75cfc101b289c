package org.citycast.funding.application;

import org.springframework.data.relational.core.mapping.Table;

@Table("co_organiser")
record CoOrganiser(String name) {
}
