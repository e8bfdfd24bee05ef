package dev.gatehouse.domain.port.in.user;

import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.common.Update;
import dev.gatehouse.domain.user.DisplayName;
import dev.gatehouse.domain.user.UserId;
import java.util.Objects;

/** A display name updated to null clears it. */
public record UpdateOwnProfileCommand(UserId self, Update<DisplayName> displayName, ClientInfo client) {
    public UpdateOwnProfileCommand {
        Objects.requireNonNull(self, "self");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(client, "client");
    }
}
