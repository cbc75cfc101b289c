/**
 * xlsx sheets with Chinese headers, as the association's staff keep their lists: writing any list
 * by its columns, and reading rows back by header (Chinese or the field's English name), for the
 * all-or-nothing imports. Built on Apache POI.
 */
package org.citycast.expert.sheets;
