package dev.gatehouse.domain.password;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The passwords attackers try first. The bundled list ({@code common-passwords.txt}, one per line,
 * most common first) is compared case-insensitively, so "Password1" is as refused as "password1".
 */
public final class CommonPasswords {
    private static final String BUNDLED_LIST = "common-passwords.txt";

    private final Set<String> lowerCased;

    private CommonPasswords(Set<String> lowerCased) {
        this.lowerCased = Set.copyOf(lowerCased);
    }

    public static CommonPasswords bundled() {
        try (InputStream in = CommonPasswords.class.getResourceAsStream(BUNDLED_LIST)) {
            if (in == null) {
                throw new IllegalStateException("The bundled list " + BUNDLED_LIST + " is missing from the classpath");
            }
            Set<String> entries = new HashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    entries.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
            return new CommonPasswords(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean contains(String password) {
        return lowerCased.contains(password.toLowerCase(Locale.ROOT));
    }
}
