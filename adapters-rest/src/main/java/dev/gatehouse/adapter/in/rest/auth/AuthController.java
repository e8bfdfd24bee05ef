package dev.gatehouse.adapter.in.rest.auth;

import dev.gatehouse.adapter.in.rest.user.UserResponse;
import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.port.in.LogInUseCase;
import dev.gatehouse.domain.port.in.RegisterUserUseCase;
import dev.gatehouse.domain.user.User;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The public way in: open an account, exchange email and password for tokens. */
@RestController
@RequestMapping(path = "/api/v1/auth", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Authentication")
public class AuthController {
    private final RegisterUserUseCase registerUser;
    private final LogInUseCase logIn;

    public AuthController(RegisterUserUseCase registerUser, LogInUseCase logIn) {
        this.registerUser = registerUser;
        this.logIn = logIn;
    }

    @PostMapping(path = "/register", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Open an account (role USER)")
    @ApiResponse(responseCode = "201", description = "Created; Location names the new account")
    @ApiResponse(responseCode = "400",
            description = "validation-failed (email, password policy) or malformed-request (e.g. a roles field)")
    @ApiResponse(responseCode = "403", description = "registration-disabled")
    @ApiResponse(responseCode = "409", description = "email-taken")
    public ResponseEntity<UserResponse> register(@RequestBody RegisterRequest request) {
        User user = registerUser.register(request.toCommand());
        return ResponseEntity.created(URI.create("/api/v1/users/" + user.id().value()))
                .body(UserResponse.of(user));
    }

    @PostMapping(path = "/login", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Log in: an access token and a new session's refresh token")
    @ApiResponse(responseCode = "200", description = "Logged in")
    @ApiResponse(responseCode = "400", description = "validation-failed (a field missing) or malformed-request")
    @ApiResponse(responseCode = "401",
            description = "invalid-credentials: the same for an unknown email, a wrong password and a disabled account")
    public TokenResponse logIn(@RequestBody LogInRequest request, HttpServletRequest http) {
        ClientInfo client = new ClientInfo(http.getRemoteAddr(), http.getHeader(HttpHeaders.USER_AGENT));
        return TokenResponse.of(logIn.logIn(request.toCommand(client)));
    }
}
