/**
 * JSON for the eventreport model, with Jackson 3: {@link org.eventreport.json.ReportJson} reads and
 * writes reports (strict or lenient, with limits), streams NDJSON, and reports bad input as a
 * {@link org.eventreport.json.ReportFormatException} that says where.
 */
@NullMarked
package org.eventreport.json;

import org.jspecify.annotations.NullMarked;
