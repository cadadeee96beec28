package org.eventreport.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Tells Immutables (which matches the simple name) that a map attribute may hold {@code null}
 * values. Used only on {@code extensions}, where {@code null} stands for a JSON null.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface AllowNulls {}
