package dev.gatehouse.adapter.in.rest.common;

/** A request body sent to an endpoint that takes none (answered as 400 malformed-request). */
public class UnexpectedBodyException extends RuntimeException {
    public UnexpectedBodyException() {
        super("This endpoint takes no request body");
    }
}
