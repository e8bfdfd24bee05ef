package dev.gatehouse.adapter.in.rest.common;

/**
 * A session id in the path that is not a UUID. It cannot name one of the caller's sessions, so it
 * is answered like any session that is not the caller's (404 session-not-found), not as 400
 * invalid-id: one answer for "not yours" whatever the reason keeps clients simple.
 */
public class UnknownSessionIdException extends RuntimeException {
    public UnknownSessionIdException() {
        super("The session id in the path is not a UUID");
    }
}
