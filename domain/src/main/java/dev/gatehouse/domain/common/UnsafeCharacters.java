package dev.gatehouse.domain.common;

/**
 * Characters that text a client controls may not carry into the model: they are invisible or
 * ambiguous on screen, split log and CSV lines, or cannot be stored at all (PostgreSQL refuses
 * NUL in text, and a lone surrogate is no character of any encoding).
 *
 * <ul>
 *   <li>control characters: C0 ({@code U+0000}–{@code U+001F}), DEL and C1
 *       ({@code U+0080}–{@code U+009F});</li>
 *   <li>the line and paragraph separators {@code U+2028}, {@code U+2029};</li>
 *   <li>formatting characters (zero-width, bidirectional overrides, byte-order mark);</li>
 *   <li>surrogates that are not half of a pair;</li>
 *   <li>{@code U+FFFD}, the replacement character, which {@link #replaced} puts in their place.</li>
 * </ul>
 */
public final class UnsafeCharacters {
    /** What {@link #replaced} puts in place of an unsafe character. */
    public static final char REPLACEMENT = '\uFFFD';

    private UnsafeCharacters() {}

    /** Whether this code point (as {@link String#codePoints()} yields them) is unsafe. */
    public static boolean isUnsafe(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL
                || type == Character.FORMAT
                || type == Character.SURROGATE
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR
                || codePoint == REPLACEMENT;
    }

    public static boolean containsUnsafe(String text) {
        return text.codePoints().anyMatch(UnsafeCharacters::isUnsafe);
    }

    /** The text with each unsafe character replaced by {@link #REPLACEMENT}; null stays null. */
    public static String replaced(String text) {
        if (text == null || !containsUnsafe(text)) {
            return text;
        }
        StringBuilder safe = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (isUnsafe(c)) {
                safe.append(REPLACEMENT);
            } else {
                safe.appendCodePoint(c);
            }
        });
        return safe.toString();
    }
}
