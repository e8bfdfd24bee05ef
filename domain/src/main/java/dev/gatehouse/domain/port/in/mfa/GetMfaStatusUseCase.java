package dev.gatehouse.domain.port.in.mfa;

public interface GetMfaStatusUseCase {
    MfaStatus getMfaStatus(GetMfaStatusQuery query);
}
