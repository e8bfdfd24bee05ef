package dev.gatehouse.adapter.in.rest.common;

import java.util.List;

/**
 * Reads an enum query parameter ({@code ?role=ADMIN}, {@code ?type=LOGIN_FAILED}) the way the API
 * documents it: absent, empty or white space means no filter; anything else must be a constant's
 * exact name, or the request is 400. The controllers take these parameters as text and read them
 * here because Spring's binding, when its conversion fails, falls back to trimming with
 * {@link String#trim()}, which also removes NUL and every other control character: {@code ?role=%00}
 * listed every account, and {@code ?role=%00ADMIN} was taken for ADMIN.
 */
public final class QueryEnums {
    private QueryEnums() {}

    /** The constant {@code text} names, null for no filter; an InvalidFieldsException on {@code parameter} otherwise. */
    public static <E extends Enum<E>> E filter(String text, Class<E> type, String parameter) {
        String name = text == null ? "" : text.strip();
        if (name.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException unknown) {
            throw new InvalidFieldsException(
                    List.of(new FieldError(parameter, "must be one of " + List.of(type.getEnumConstants()))));
        }
    }
}
