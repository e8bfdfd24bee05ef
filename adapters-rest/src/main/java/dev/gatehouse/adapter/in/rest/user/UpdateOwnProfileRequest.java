package dev.gatehouse.adapter.in.rest.user;

import dev.gatehouse.adapter.in.rest.common.RequestFields;
import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.common.Update;
import dev.gatehouse.domain.port.in.user.UpdateOwnProfileCommand;
import dev.gatehouse.domain.user.DisplayName;
import dev.gatehouse.domain.user.UserId;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Optional;

/**
 * PATCH body of one's own profile. {@code displayName} absent keeps it, null clears it. Nothing
 * else is accepted: roles, enabled or an id in this body are refused, never ignored.
 */
@Schema(name = "UpdateOwnProfileRequest")
@SuppressWarnings("OptionalUsedAsFieldOrParameterType") // null = absent, empty = JSON null
public record UpdateOwnProfileRequest(
        @Schema(
                example = "Ada",
                types = {"string", "null"},
                description = "null clears it")
        Optional<String> displayName) {

    UpdateOwnProfileCommand toCommand(UserId self, ClientInfo client) {
        RequestFields fields = new RequestFields();
        Update<DisplayName> newDisplayName = fields.update("displayName", displayName, DisplayName::new);
        fields.throwIfInvalid();
        return new UpdateOwnProfileCommand(self, newDisplayName, client);
    }
}
