/** The Jakarta Validation constraints of the model's field rules. Not API. */
@NullMarked
package org.eventreport.internal.constraints;

import org.jspecify.annotations.NullMarked;
