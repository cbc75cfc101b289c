package org.citycast.funding.acquittal;

enum ReportStatus {
    DRAFT, SUBMITTED, RETURNED, ACCEPTED
}
