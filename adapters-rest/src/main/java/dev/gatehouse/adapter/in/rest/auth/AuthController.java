package dev.gatehouse.adapter.in.rest.auth;

import dev.gatehouse.adapter.in.rest.common.ApiPaths;
import dev.gatehouse.adapter.in.rest.problem.RetryAfter;
import dev.gatehouse.adapter.in.rest.user.UserResponse;
import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.port.in.auth.LogInUseCase;
import dev.gatehouse.domain.port.in.auth.LogOutCommand;
import dev.gatehouse.domain.port.in.auth.LogOutUseCase;
import dev.gatehouse.domain.port.in.auth.RefreshTokensCommand;
import dev.gatehouse.domain.port.in.auth.RefreshTokensUseCase;
import dev.gatehouse.domain.port.in.auth.RegisterUserUseCase;
import dev.gatehouse.domain.port.in.mfa.CompleteMfaLoginUseCase;
import dev.gatehouse.domain.token.LoginResult;
import dev.gatehouse.domain.token.TokenPair;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
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

/**
 * The public way in: open an account, exchange email and password for tokens (in two steps for an
 * account with MFA), a refresh token for new tokens, and end a session.
 */
@RestController
@RequestMapping(path = ApiPaths.AUTH, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Authentication")
public class AuthController {
    private static final String SET_COOKIE_DESCRIPTION = "Only when the deployment has refresh cookies on: "
            + "the refresh token again, as gatehouse_refresh; HttpOnly; Secure; SameSite=Strict; Path=" + ApiPaths.AUTH
            + "; "
            + "Max-Age=refresh_expires_in";
    private static final String TOO_MANY_ATTEMPTS =
            "too-many-attempts: logins for this email are locked after repeated failures (wrong passwords and wrong "
                    + "second-factor codes; right or wrong alike, and not counted as failures)";
    private static final String COOKIE_DESCRIPTION =
            "Read only when the deployment has refresh cookies on, " + "and only when the body names no refresh_token";

    private final RegisterUserUseCase registerUser;
    private final LogInUseCase logIn;
    private final CompleteMfaLoginUseCase completeMfaLogin;
    private final RefreshTokensUseCase refreshTokens;
    private final LogOutUseCase logOut;
    private final RefreshCookies cookies;

    public AuthController(
            RegisterUserUseCase registerUser,
            LogInUseCase logIn,
            CompleteMfaLoginUseCase completeMfaLogin,
            RefreshTokensUseCase refreshTokens,
            LogOutUseCase logOut,
            RefreshCookieSettings cookieSettings) {
        this.registerUser = registerUser;
        this.logIn = logIn;
        this.completeMfaLogin = completeMfaLogin;
        this.refreshTokens = refreshTokens;
        this.logOut = logOut;
        this.cookies = new RefreshCookies(cookieSettings);
    }

    @PostMapping(path = "/register", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Open an account (role USER)")
    @ApiResponse(responseCode = "201", description = "Created; Location names the new account")
    @ApiResponse(
            responseCode = "400",
            description = "validation-failed (email, password policy) or malformed-request (e.g. a roles field)")
    @ApiResponse(responseCode = "403", description = "registration-disabled")
    @ApiResponse(responseCode = "409", description = "email-taken")
    public ResponseEntity<UserResponse> register(@RequestBody RegisterRequest request, ClientInfo client) {
        UserResponse registered = UserResponse.of(registerUser.register(request.toCommand(client)));
        return ResponseEntity.created(URI.create("/api/v1/users/" + registered.id()))
                .body(registered);
    }

    @PostMapping(path = "/login", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Log in: an access token and a new session's refresh token",
            description = "For an account with MFA on, the right password answers 401 mfa-required instead, "
                    + "with the mfaToken for POST " + ApiPaths.AUTH + "/login/mfa; no token is issued before that "
                    + "second step. When the deployment requires verified addresses (APP_AUTH_REQUIRE_VERIFIED_EMAIL), "
                    + "the right password of an account whose email is not verified answers 403 email-not-verified.")
    @ApiResponse(
            responseCode = "200",
            description = "Logged in",
            // Named: the method answers either the tokens or the mfa-required problem.
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = TokenResponse.class)),
            headers =
                    @Header(
                            name = HttpHeaders.SET_COOKIE,
                            description = SET_COOKIE_DESCRIPTION,
                            schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "400", description = "validation-failed (a field missing) or malformed-request")
    @ApiResponse(
            responseCode = "401",
            description = "invalid-credentials: the same for an unknown email, a wrong password and a disabled "
                    + "account; or mfa-required: the password is right and the account's MFA is on. That problem "
                    + "adds mfaToken (opaque, single use), expiresIn (seconds it may be used for: 300) and methods "
                    + "([\"totp\", \"recovery_code\"]), for POST " + ApiPaths.AUTH + "/login/mfa")
    @ApiResponse(
            responseCode = "403",
            description = "email-not-verified: the password is right, but the deployment requires a verified email "
                    + "to sign in and this account's is not; follow the link in the verification mail. Never answered "
                    + "to a wrong password")
    @ApiResponse(
            responseCode = "429",
            description = TOO_MANY_ATTEMPTS,
            headers =
                    @Header(
                            name = RetryAfter.HEADER,
                            description = "Seconds until a login may be tried again",
                            schema = @Schema(type = "integer")))
    public ResponseEntity<?> logIn(@RequestBody LogInRequest request, ClientInfo client, HttpServletRequest http) {
        return switch (logIn.logIn(request.toCommand(client))) {
            case LoginResult.SignedIn signedIn -> tokens(signedIn.tokens());
            case LoginResult.SecondFactorRequired required ->
                ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .body(MfaRequiredProblem.of(required, http.getRequestURI()));
        };
    }

    @PostMapping(path = "/login/mfa", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Log in, second step: the mfaToken and a TOTP or recovery code for the tokens",
            description = "Send the mfaToken of the mfa-required answer with exactly one of code (TOTP) and "
                    + "recoveryCode. A TOTP code is accepted once per account; a recovery code is used up. The "
                    + "tokens state acr aal2.")
    @ApiResponse(
            responseCode = "200",
            description = "Logged in",
            headers =
                    @Header(
                            name = HttpHeaders.SET_COOKIE,
                            description = SET_COOKIE_DESCRIPTION,
                            schema = @Schema(type = "string")))
    @ApiResponse(
            responseCode = "400",
            description = "validation-failed (mfaToken missing or blank; not exactly one of code and recoveryCode) "
                    + "or malformed-request (e.g. an unknown field, a number for the code)")
    @ApiResponse(
            responseCode = "401",
            description = "invalid-mfa-code: the code is wrong or already used (counted as a failed login; the "
                    + "mfaToken stays usable for up to 5 wrong codes in all); or invalid-mfa-token: the mfaToken "
                    + "is unknown, expired, already used or has had 5 wrong codes (log in again)")
    @ApiResponse(
            responseCode = "429",
            description = TOO_MANY_ATTEMPTS,
            headers =
                    @Header(
                            name = RetryAfter.HEADER,
                            description = "Seconds until a login may be tried again",
                            schema = @Schema(type = "integer")))
    public ResponseEntity<TokenResponse> completeMfaLogin(@RequestBody MfaLoginRequest request, ClientInfo client) {
        return tokens(completeMfaLogin.completeMfaLogin(request.toCommand(client)));
    }

    @PostMapping(path = "/refresh", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Spend a refresh token for a new access token and a new refresh token",
            description = "The presented refresh token is spent. Presenting a spent token again revokes its whole "
                    + "session. The body may be left out (or be {}) only when refresh cookies are on and the "
                    + "gatehouse_refresh cookie is sent. Public: an Authorization header is ignored here.")
    @Parameter(
            name = RefreshCookieSettings.COOKIE_NAME,
            in = ParameterIn.COOKIE,
            description = COOKIE_DESCRIPTION,
            schema = @Schema(type = "string"))
    @ApiResponse(
            responseCode = "200",
            description = "New tokens of the same session",
            headers =
                    @Header(
                            name = HttpHeaders.SET_COOKIE,
                            description = SET_COOKIE_DESCRIPTION,
                            schema = @Schema(type = "string")))
    @ApiResponse(
            responseCode = "400",
            description = "validation-failed (field refresh_token: missing or blank) "
                    + "or malformed-request (e.g. an unknown field, a number for the token)")
    @ApiResponse(
            responseCode = "401",
            description = "invalid-refresh-token: the same for an unknown, expired, revoked or spent token")
    @ApiResponse(
            responseCode = "403",
            description = "cross-origin: the refresh cookie was sent with an Origin other "
                    + "than this service's own (or Sec-Fetch-Site: cross-site); send the token in the body instead")
    public ResponseEntity<TokenResponse> refresh(
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            description = "Required unless the refresh " + "cookie is sent (cookies on)")
                    @RequestBody(required = false)
                    RefreshTokenRequest request,
            HttpServletRequest http,
            ClientInfo client) {
        RefreshTokensCommand command = new RefreshTokensCommand(cookies.presented(request, http), client);
        return tokens(refreshTokens.refresh(command));
    }

    @PostMapping(path = "/logout", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "End the session a refresh token belongs to",
            description = "204 also for a token that is unknown, expired or already revoked. That session's refresh "
                    + "tokens stop working; its access tokens run out by themselves. The body may be left out (or be "
                    + "{}) only when refresh cookies are on and the gatehouse_refresh cookie is sent. Public: an "
                    + "Authorization header is ignored here.")
    @Parameter(
            name = RefreshCookieSettings.COOKIE_NAME,
            in = ParameterIn.COOKIE,
            description = COOKIE_DESCRIPTION,
            schema = @Schema(type = "string"))
    @ApiResponse(
            responseCode = "204",
            description = "Logged out (or nothing to log out)",
            headers =
                    @Header(
                            name = HttpHeaders.SET_COOKIE,
                            description = "Only when the deployment has refresh "
                                    + "cookies on: clears gatehouse_refresh (Max-Age=0)",
                            schema = @Schema(type = "string")))
    @ApiResponse(
            responseCode = "400",
            description = "validation-failed (field refresh_token: missing or blank) "
                    + "or malformed-request (e.g. an unknown field, a number for the token)")
    @ApiResponse(
            responseCode = "403",
            description = "cross-origin: the refresh cookie was sent with an Origin other "
                    + "than this service's own (or Sec-Fetch-Site: cross-site); send the token in the body instead")
    public ResponseEntity<Void> logOut(
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            description = "Required unless the refresh " + "cookie is sent (cookies on)")
                    @RequestBody(required = false)
                    RefreshTokenRequest request,
            HttpServletRequest http,
            ClientInfo client) {
        logOut.logOut(new LogOutCommand(cookies.presented(request, http), client));
        ResponseEntity.HeadersBuilder<?> response = ResponseEntity.noContent();
        if (cookies.enabled()) {
            response.header(HttpHeaders.SET_COOKIE, cookies.clear());
        }
        return response.build();
    }

    private ResponseEntity<TokenResponse> tokens(TokenPair tokens) {
        ResponseEntity.BodyBuilder response = ResponseEntity.ok();
        if (cookies.enabled()) {
            response.header(
                    HttpHeaders.SET_COOKIE, cookies.issue(tokens.refreshToken(), tokens.refreshTokenLifetime()));
        }
        return response.body(TokenResponse.of(tokens));
    }
}
