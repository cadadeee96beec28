/** Small runnable programs that show the public API, starting from the seed article. */
@NullMarked
package org.eventreport.examples;

import org.jspecify.annotations.NullMarked;
