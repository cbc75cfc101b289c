/**
 * The year's work report, as the source report is written: figures built from what the other services'
 * events told this service (the register's changes, re-elections, inspections, grants, financing
 * links, pools, awards, proposals, academic events) and from its own publicity (articles, profiles,
 * site visits); served as JSON, as an HTML page with charts, as DOCX and as PDF, around a Chinese
 * narrative that ADMIN edits, with placeholders for the figures.
 */
package org.citycast.publicity.report;
