package dev.gatehouse.domain.port.in.mfa;

import dev.gatehouse.domain.user.UserId;
import java.util.Objects;

public record GetMfaStatusQuery(UserId self) {
    public GetMfaStatusQuery {
        Objects.requireNonNull(self, "self");
    }
}
