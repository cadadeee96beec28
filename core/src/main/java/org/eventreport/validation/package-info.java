/**
 * Validation of reports: {@link org.eventreport.validation.ReportValidator}, its results and the
 * catalogue of rule codes.
 */
@NullMarked
package org.eventreport.validation;

import org.jspecify.annotations.NullMarked;
