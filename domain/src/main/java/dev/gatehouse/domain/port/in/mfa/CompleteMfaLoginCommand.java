package dev.gatehouse.domain.port.in.mfa;

import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.mfa.MfaToken;
import dev.gatehouse.domain.mfa.SecondFactor;
import java.util.Objects;

public record CompleteMfaLoginCommand(MfaToken mfaToken, SecondFactor secondFactor, ClientInfo client) {
    public CompleteMfaLoginCommand {
        Objects.requireNonNull(mfaToken, "mfaToken");
        Objects.requireNonNull(secondFactor, "secondFactor");
        Objects.requireNonNull(client, "client");
    }
}
