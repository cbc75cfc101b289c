package org.citycast.funding.acquittal;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface FinalReports extends ListCrudRepository<FinalReport, UUID> {
}
