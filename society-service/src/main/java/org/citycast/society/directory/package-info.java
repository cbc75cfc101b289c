/**
 * The register as a list: filter, search and sort (Chinese names in pinyin order), export any
 * list to xlsx, and import societies of the existing register from xlsx all-or-nothing, row by
 * row under the API's rules, streaming the workbook within fixed limits. It reads the register
 * through registration's read API and a year's inspections through the inspection module's.
 */
@ApplicationModule(allowedDependencies = {"registration::register", "registration::lifecycle", "inspection",
        "platform"})
package org.citycast.society.directory;

import org.springframework.modulith.ApplicationModule;
