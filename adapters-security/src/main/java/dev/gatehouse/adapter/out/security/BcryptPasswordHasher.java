package dev.gatehouse.adapter.out.security;

import dev.gatehouse.domain.password.Password;
import dev.gatehouse.domain.port.out.PasswordHasher;
import dev.gatehouse.domain.user.PasswordHash;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** bcrypt through Spring Security's encoder; the cost (log2 rounds) is the deployer's choice. */
public class BcryptPasswordHasher implements PasswordHasher {
    /** bcrypt reads no further than this; the password policy refuses longer passwords. */
    private static final int MAX_BCRYPT_BYTES = 72;

    private static final int MIN_COST = 4;
    private static final int MAX_COST = 31;

    /** {@code $2a$10$…}, {@code $2b$…}, {@code $2y$…}: the cost is the two digits after the version. */
    private static final Pattern COST = Pattern.compile("^\\$2[aby]?\\$(\\d\\d)\\$");

    private final int cost;
    private final BCryptPasswordEncoder encoder;

    public BcryptPasswordHasher(int cost) {
        if (cost < MIN_COST || cost > MAX_COST) {
            throw new IllegalArgumentException(
                    "bcrypt cost must be between " + MIN_COST + " and " + MAX_COST + ", was " + cost);
        }
        this.cost = cost;
        this.encoder = new BCryptPasswordEncoder(cost);
    }

    @Override
    public PasswordHash hash(Password password) {
        return new PasswordHash(encoder.encode(password.value()));
    }

    @Override
    public boolean matches(Password password, PasswordHash hash) {
        // A longer password can never have been accepted, and the encoder refuses to compare it.
        if (password.value().getBytes(StandardCharsets.UTF_8).length > MAX_BCRYPT_BYTES) {
            return false;
        }
        return encoder.matches(password.value(), hash.value());
    }

    /** Any other cost, lower or higher: what matters is that every verification takes as long as the decoy's. */
    @Override
    public boolean needsRehash(PasswordHash hash) {
        Matcher matcher = COST.matcher(hash.value());
        return !matcher.find() || Integer.parseInt(matcher.group(1)) != cost;
    }
}
