/**
 * The eventreport model: a {@link org.eventreport.Report} of a news article and the {@link
 * org.eventreport.Event events}, {@link org.eventreport.Actor actors}, {@link
 * org.eventreport.Location locations} and {@link org.eventreport.Quote quotes} it tells of.
 *
 * <p>Every type is an immutable value built with {@code X.builder()} and copied with {@code
 * x.toBuilder()}. Optional values are {@link java.util.Optional}, absent lists are empty, and no
 * accessor returns {@code null}. Builders refuse only what makes a value meaningless (a missing id,
 * a missing required attribute); everything else is checked by {@link
 * org.eventreport.validation.ReportValidator}.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    defaults = @Value.Immutable(copy = false))
@NullMarked
package org.eventreport;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
