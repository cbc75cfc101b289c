/**
 * The year's figures for the association's work report: pool sizes by pool, category and title
 * level; nominations and winners per award class; proposals filed and adopted. Asks each feature
 * for its own counts.
 */
package org.citycast.expert.figures;
