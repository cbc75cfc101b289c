/**
 * Term re-election (换届): each society's current term, ending after its charter's term length;
 * the re-election plan due six months before the end; a postponement of at most a year, only
 * with ADMIN approval; overdue terms to chase; the election result that starts the next term. The
 * leaders on the register are seated only here: by the term recorded in office, or by an election.
 */
@ApplicationModule(allowedDependencies = {"registration::register", "registration::events", "registration::lifecycle", "audit", "deadline", "platform"})
package org.citycast.society.term;

import org.springframework.modulith.ApplicationModule;
