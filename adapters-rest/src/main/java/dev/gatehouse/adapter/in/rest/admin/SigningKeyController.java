package dev.gatehouse.adapter.in.rest.admin;

import dev.gatehouse.adapter.in.rest.common.NoRequestBody;
import dev.gatehouse.adapter.in.rest.security.AdminOnly;
import dev.gatehouse.adapter.in.rest.security.ApiSecurity;
import dev.gatehouse.adapter.in.rest.security.Caller;
import dev.gatehouse.adapter.in.rest.security.JwkSetResponse.Jwk;
import dev.gatehouse.domain.key.VerificationKey;
import dev.gatehouse.domain.port.in.key.RotateSigningKeyCommand;
import dev.gatehouse.domain.port.in.key.RotateSigningKeyUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Signing-key rotation. The request has nothing to say (the service makes the key), so it takes no
 * body: one that is sent anyway is refused rather than ignored, as a client that sends one expects
 * it to mean something. There is no Location: a key has no resource of its own; it is published in
 * the JWKS.
 */
@RestController
@RequestMapping(path = "/api/v1/signing-keys", produces = MediaType.APPLICATION_JSON_VALUE)
@AdminOnly
@Tag(name = "Signing keys (ADMIN)")
@SecurityRequirement(name = ApiSecurity.BEARER_AUTH)
public class SigningKeyController {
    private final RotateSigningKeyUseCase rotateSigningKey;

    public SigningKeyController(RotateSigningKeyUseCase rotateSigningKey) {
        this.rotateSigningKey = rotateSigningKey;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Rotate the signing key",
            description = "Makes a new RSA key the one access tokens are signed with and answers its public JWK. "
                    + "The retired key stays in /.well-known/jwks.json and keeps verifying until the tokens it "
                    + "signed have expired. Takes no request body: a non-empty body is a 400 malformed-request. "
                    + "No Location header: the new key is published in the JWKS.")
    @ApiResponse(responseCode = "201", description = "The new active key's public JWK")
    @ApiResponse(responseCode = "400", description = "malformed-request: a request body was sent")
    public Jwk rotate(Caller caller, HttpServletRequest request) throws IOException {
        NoRequestBody.refuseAny(request);
        VerificationKey newKey =
                rotateSigningKey.rotateSigningKey(new RotateSigningKeyCommand(caller.id(), caller.client()));
        return Jwk.of(newKey);
    }
}
