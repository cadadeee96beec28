/**
 * JMH benchmarks of reading, validating and writing reports, side by side with plain Jackson
 * baselines over the same bytes; see {@code benchmarks/README.md}.
 */
@NullMarked
package org.eventreport.benchmarks;

import org.jspecify.annotations.NullMarked;
