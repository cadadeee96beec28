/** The binding between the model and Jackson. Not API: it may change in any release. */
@NullMarked
package org.eventreport.json.internal;

import org.jspecify.annotations.NullMarked;
