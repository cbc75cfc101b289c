/**
 * The register as a list: filter, search and sort (Chinese names in pinyin order), export any
 * list to xlsx, and import many societies from xlsx all-or-nothing.
 */
package org.citycast.society.directory;
