package dev.gatehouse.application.mfa;

import dev.gatehouse.application.user.CallerAccounts;
import dev.gatehouse.domain.mfa.MfaEnrolment;
import dev.gatehouse.domain.mfa.MfaStatus;
import dev.gatehouse.domain.port.in.mfa.GetMfaStatusQuery;
import dev.gatehouse.domain.port.in.mfa.GetMfaStatusUseCase;
import dev.gatehouse.domain.port.out.MfaEnrolmentStore;
import dev.gatehouse.domain.port.out.UserRepository;
import dev.gatehouse.domain.user.UserId;
import java.util.Optional;

/** The caller's MFA: on or off (a pending setup is off), since when, and how many recovery codes are left. */
public final class GetMfaStatusService implements GetMfaStatusUseCase {
    private final CallerAccounts callers;
    private final MfaEnrolmentStore enrolments;

    public GetMfaStatusService(UserRepository users, MfaEnrolmentStore enrolments) {
        this.callers = new CallerAccounts(users);
        this.enrolments = enrolments;
    }

    @Override
    public MfaStatus getMfaStatus(GetMfaStatusQuery query) {
        UserId self = callers.find(query.self()).id();
        Optional<MfaEnrolment> enabled = enrolments.find(self).filter(MfaEnrolment::enabled);
        if (enabled.isEmpty()) {
            return new MfaStatus(false, null, 0);
        }
        return new MfaStatus(true, enabled.get().enabledAt(), enrolments.remainingRecoveryCodes(self));
    }
}
