package org.eventreport.json.internal;

/**
 * What a read may accept beyond the fixed format: whether unknown members are kept, and the exact
 * limits on strings and names (Jackson checks its own string limit only when a buffer grows).
 *
 * @param keepUnknown keep unknown members in {@code extensions} (lenient) or refuse them (strict)
 * @param maxStringLength the longest string value, in UTF-16 units
 * @param maxNameLength the longest member name, in UTF-16 units
 * @param maxNumberLength the longest number, in characters (sign, point and exponent included)
 */
public record ReadOptions(
    boolean keepUnknown, int maxStringLength, int maxNameLength, int maxNumberLength) {}
