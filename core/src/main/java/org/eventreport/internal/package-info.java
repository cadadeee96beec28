/** Implementation details: not API, may change in any release. */
@NullMarked
package org.eventreport.internal;

import org.jspecify.annotations.NullMarked;
