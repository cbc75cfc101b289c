package org.citycast.society.functiontransfer;

import java.time.LocalDate;

import org.springframework.data.relational.core.mapping.Table;

/** A step of the contract with its due day, and when it was done. */
@Table("function_transfer_milestone")
record ProjectMilestone(String title, LocalDate dueOn, LocalDate completedOn, String note) {

    ProjectMilestone completed(LocalDate on, String note) {
        return new ProjectMilestone(title, dueOn, on, note);
    }
}
