package dev.gatehouse.adapter.in.rest.common;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;

/**
 * For endpoints whose request has nothing to say: a body sent anyway is refused (400
 * malformed-request) rather than ignored, as a client that sends one expects it to mean something.
 * Such endpoints declare no {@code consumes}, so a request without a body needs no Content-Type.
 */
public final class NoRequestBody {

    private NoRequestBody() {}

    /** @throws UnexpectedBodyException when the request has a body of at least one byte */
    public static void refuseAny(HttpServletRequest request) throws IOException {
        // Reading is the only sure test: a chunked body declares no length.
        try (InputStream body = request.getInputStream()) {
            if (body.read() >= 0) {
                throw new UnexpectedBodyException();
            }
        }
    }
}
