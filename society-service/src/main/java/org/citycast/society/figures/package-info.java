/**
 * The year's figures for the association's work report, computed from the register, the audit
 * trail, inspections and terms. Read-only SQL over this service's own tables: a report needs
 * counts across features, not their behaviour.
 */
package org.citycast.society.figures;
