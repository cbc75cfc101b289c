/**
 * The science-day display board (宣传版面) of each society, print-ready: introduction, features and
 * popular-science content from its site and published articles, its experts, as an A3 PDF with the
 * Chinese font embedded; one society's, or all members' boards in one file.
 */
package org.citycast.publicity.board;
