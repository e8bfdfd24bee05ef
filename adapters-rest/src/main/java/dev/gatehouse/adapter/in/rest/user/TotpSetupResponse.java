package dev.gatehouse.adapter.in.rest.user;

import dev.gatehouse.domain.mfa.TotpSetup;
import io.swagger.v3.oas.annotations.media.Schema;

/** Holds the secret: answered this once, never printed. */
@Schema(name = "TotpSetup")
public record TotpSetupResponse(
        @Schema(
                description = "The TOTP secret in Base32, without padding",
                example = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP")
        String secret,

        @Schema(
                description =
                        "otpauth://totp/<issuer>:<email>?secret=…&issuer=<issuer>&algorithm=SHA1&digits=6&period=30,"
                                + " for a QR code")
        String otpauthUri) {

    static TotpSetupResponse of(TotpSetup setup) {
        return new TotpSetupResponse(setup.secret(), setup.otpauthUri());
    }

    @Override
    public String toString() {
        return "TotpSetupResponse[redacted]";
    }
}
