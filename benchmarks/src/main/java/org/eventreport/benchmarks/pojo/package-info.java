/**
 * The baseline a user would write by hand: mutable POJOs with public fields, of the same shape and
 * member names as the report format, bound by plain Jackson databind.
 */
@NullMarked
package org.eventreport.benchmarks.pojo;

import org.jspecify.annotations.NullMarked;
