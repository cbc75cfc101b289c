/**
 * Term re-election (换届): each society's current term, ending after its charter's term length;
 * the re-election plan due six months before the end; a postponement of at most a year, only
 * with ADMIN approval; overdue terms to chase; the election result that starts the next term.
 */
package org.citycast.society.term;
