package dev.gatehouse.adapter.in.rest.user;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** Answered this once (only their hashes are kept), never printed. */
@Schema(name = "RecoveryCodes")
public record RecoveryCodesResponse(
        @ArraySchema(
                minItems = 10,
                maxItems = 10,
                schema = @Schema(description = "One single-use code; case, spaces and hyphens are ignored on input"))
        List<String> recoveryCodes) {

    @Override
    public String toString() {
        return "RecoveryCodesResponse[redacted]";
    }
}
