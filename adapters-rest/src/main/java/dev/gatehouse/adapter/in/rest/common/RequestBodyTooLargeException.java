package dev.gatehouse.adapter.in.rest.common;

import java.io.IOException;

/**
 * Thrown while reading a body that grows past the limit. An {@link IOException} so that it travels
 * through the JSON reader like any other read failure, to be recognised in the cause chain.
 */
public class RequestBodyTooLargeException extends IOException {
    public RequestBodyTooLargeException(long limitBytes) {
        super("The request body is larger than " + limitBytes + " bytes");
    }
}
