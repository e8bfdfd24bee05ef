package dev.gatehouse.adapter.in.rest.admin;

import dev.gatehouse.adapter.in.rest.common.PageResponse;
import dev.gatehouse.adapter.in.rest.common.PathIds;
import dev.gatehouse.adapter.in.rest.common.QueryEnums;
import dev.gatehouse.adapter.in.rest.security.AdminOnly;
import dev.gatehouse.adapter.in.rest.security.ApiSecurity;
import dev.gatehouse.adapter.in.rest.security.Caller;
import dev.gatehouse.adapter.in.rest.user.UserResponse;
import dev.gatehouse.domain.common.PageRequest;
import dev.gatehouse.domain.port.in.admin.CreateUserUseCase;
import dev.gatehouse.domain.port.in.admin.DeleteUserCommand;
import dev.gatehouse.domain.port.in.admin.DeleteUserUseCase;
import dev.gatehouse.domain.port.in.admin.GetUserQuery;
import dev.gatehouse.domain.port.in.admin.GetUserUseCase;
import dev.gatehouse.domain.port.in.admin.ListUsersQuery;
import dev.gatehouse.domain.port.in.admin.ListUsersUseCase;
import dev.gatehouse.domain.port.in.admin.UpdateUserUseCase;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.UserId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Account administration. Path ids arrive as text and are parsed only inside the methods, that is
 * after the ADMIN check: any other account gets 403 whether or not the id is valid or exists.
 */
@RestController
@RequestMapping(path = "/api/v1/users", produces = MediaType.APPLICATION_JSON_VALUE)
@AdminOnly
@Tag(name = "User administration (ADMIN)")
@SecurityRequirement(name = ApiSecurity.BEARER_AUTH)
public class AdminUserController {
    private static final String ID_DESCRIPTION = "The account's UUID; anything else is a 400 invalid-id";

    private final ListUsersUseCase listUsers;
    private final CreateUserUseCase createUser;
    private final GetUserUseCase getUser;
    private final UpdateUserUseCase updateUser;
    private final DeleteUserUseCase deleteUser;

    public AdminUserController(
            ListUsersUseCase listUsers,
            CreateUserUseCase createUser,
            GetUserUseCase getUser,
            UpdateUserUseCase updateUser,
            DeleteUserUseCase deleteUser) {
        this.listUsers = listUsers;
        this.createUser = createUser;
        this.getUser = getUser;
        this.updateUser = updateUser;
        this.deleteUser = deleteUser;
    }

    @GetMapping
    @Operation(summary = "List accounts, newest first")
    @ApiResponse(responseCode = "200", description = "One page of accounts")
    @ApiResponse(
            responseCode = "400",
            description = "validation-failed: page below 0, size outside 1..100, unknown role, "
                    + "an email filter with a character no email holds (NUL, other controls, no-break spaces)")
    public PageResponse<UserResponse> list(
            @Parameter(description = "0-based") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "1 to 100") @RequestParam(defaultValue = "" + PageRequest.DEFAULT_SIZE) int size,
            @Parameter(description = "Case-insensitive substring of the email") @RequestParam(required = false)
                    String email,
            @Parameter(description = "Only accounts with this role", schema = @Schema(implementation = Role.class))
                    @RequestParam(required = false)
                    String role) {
        ListUsersQuery query =
                new ListUsersQuery(new PageRequest(page, size), email, QueryEnums.filter(role, Role.class, "role"));
        return PageResponse.of(listUsers.listUsers(query), UserResponse::of);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Open an account with any roles",
            description = "The address starts unverified, and a verification link is mailed to it, unless "
                    + "emailVerified is true (the admin vouches for it).")
    @ApiResponse(responseCode = "201", description = "Created; Location names the new account")
    @ApiResponse(responseCode = "400", description = "validation-failed or malformed-request")
    @ApiResponse(responseCode = "409", description = "email-taken")
    public ResponseEntity<UserResponse> create(Caller caller, @RequestBody CreateUserRequest request) {
        UserResponse created = UserResponse.of(createUser.createUser(request.toCommand(caller.id(), caller.client())));
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.id()))
                .body(created);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One account")
    @ApiResponse(responseCode = "200", description = "The account")
    @ApiResponse(responseCode = "400", description = "invalid-id")
    @ApiResponse(responseCode = "404", description = "user-not-found")
    public UserResponse get(
            @Parameter(description = ID_DESCRIPTION, schema = @Schema(format = "uuid")) @PathVariable String id) {
        return UserResponse.of(getUser.getUser(new GetUserQuery(userId(id))));
    }

    @PatchMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Change an account's display name, roles or standing",
            description = "Fields absent are kept. Disabling an account revokes its sessions.")
    @ApiResponse(responseCode = "200", description = "The updated account")
    @ApiResponse(responseCode = "400", description = "invalid-id, validation-failed or malformed-request")
    @ApiResponse(responseCode = "404", description = "user-not-found")
    @ApiResponse(responseCode = "409", description = "last-admin: no enabled ADMIN would be left")
    public UserResponse update(
            Caller caller,
            @Parameter(description = ID_DESCRIPTION, schema = @Schema(format = "uuid")) @PathVariable String id,
            @RequestBody UpdateUserRequest request) {
        UserId target = userId(id);
        return UserResponse.of(updateUser.updateUser(request.toCommand(caller.id(), target, caller.client())));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete an account", description = "Its sessions are revoked.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "400", description = "invalid-id")
    @ApiResponse(responseCode = "404", description = "user-not-found")
    @ApiResponse(responseCode = "409", description = "last-admin: no enabled ADMIN would be left")
    public void delete(
            Caller caller,
            @Parameter(description = ID_DESCRIPTION, schema = @Schema(format = "uuid")) @PathVariable String id) {
        deleteUser.deleteUser(new DeleteUserCommand(caller.id(), userId(id), caller.client()));
    }

    private static UserId userId(String pathId) {
        return new UserId(PathIds.parse(pathId));
    }
}
