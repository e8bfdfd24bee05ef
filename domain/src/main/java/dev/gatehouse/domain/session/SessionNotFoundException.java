package dev.gatehouse.domain.session;

import dev.gatehouse.domain.common.DomainException;

/** No such session among the caller's own (someone else's is "not found" too). */
public class SessionNotFoundException extends DomainException {
    public SessionNotFoundException(SessionId id) {
        super("No session " + id + " among yours");
    }
}
