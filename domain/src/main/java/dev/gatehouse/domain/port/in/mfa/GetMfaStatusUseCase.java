package dev.gatehouse.domain.port.in.mfa;

import dev.gatehouse.domain.mfa.MfaStatus;

public interface GetMfaStatusUseCase {
    MfaStatus getMfaStatus(GetMfaStatusQuery query);
}
