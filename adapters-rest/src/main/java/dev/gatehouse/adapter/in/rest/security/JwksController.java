package dev.gatehouse.adapter.in.rest.security;

import dev.gatehouse.domain.port.in.key.ListVerificationKeysUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Publishes the public keys that verify our access tokens, for services that accept them. */
@RestController
@Tag(name = "Keys")
public class JwksController {
    private final ListVerificationKeysUseCase verificationKeys;

    public JwksController(ListVerificationKeysUseCase verificationKeys) {
        this.verificationKeys = verificationKeys;
    }

    @GetMapping(path = "/.well-known/jwks.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "The JSON Web Key Set that verifies access tokens",
            description = "Every key whose tokens may still be live, including retired ones.")
    public JwkSetResponse jwks() {
        return JwkSetResponse.of(verificationKeys.verificationKeys());
    }
}
