package dev.gatehouse.adapter.in.rest.problem;

import static java.util.Map.entry;

import dev.gatehouse.adapter.in.rest.common.CauseChain;
import dev.gatehouse.adapter.in.rest.common.CrossOriginCookieException;
import dev.gatehouse.adapter.in.rest.common.FieldError;
import dev.gatehouse.adapter.in.rest.common.InsufficientUserAuthentication;
import dev.gatehouse.adapter.in.rest.common.InvalidFieldsException;
import dev.gatehouse.adapter.in.rest.common.InvalidIdException;
import dev.gatehouse.adapter.in.rest.common.RequestBodyTooLargeException;
import dev.gatehouse.adapter.in.rest.common.UnexpectedBodyException;
import dev.gatehouse.adapter.in.rest.common.UnknownSessionIdException;
import dev.gatehouse.domain.auth.CallerAccountGoneException;
import dev.gatehouse.domain.auth.InvalidCredentialsException;
import dev.gatehouse.domain.auth.RegistrationDisabledException;
import dev.gatehouse.domain.auth.TooManyLoginAttemptsException;
import dev.gatehouse.domain.common.DomainException;
import dev.gatehouse.domain.common.InvalidInputException;
import dev.gatehouse.domain.common.StoreUnavailableException;
import dev.gatehouse.domain.email.EmailAlreadyVerifiedException;
import dev.gatehouse.domain.email.EmailNotVerifiedException;
import dev.gatehouse.domain.email.InvalidEmailTokenException;
import dev.gatehouse.domain.key.SigningKeyRotationUnavailableException;
import dev.gatehouse.domain.mfa.InvalidMfaCodeException;
import dev.gatehouse.domain.mfa.InvalidMfaTokenException;
import dev.gatehouse.domain.mfa.MfaAlreadyEnabledException;
import dev.gatehouse.domain.mfa.MfaChallenge;
import dev.gatehouse.domain.mfa.MfaNotEnabledException;
import dev.gatehouse.domain.mfa.MfaRequiredForAdminsException;
import dev.gatehouse.domain.mfa.MfaSetupNotStartedException;
import dev.gatehouse.domain.mfa.WrongSecondFactorException;
import dev.gatehouse.domain.password.InvalidCurrentPasswordException;
import dev.gatehouse.domain.password.PasswordHashingBusyException;
import dev.gatehouse.domain.session.InvalidRefreshTokenException;
import dev.gatehouse.domain.session.SessionNotFoundException;
import dev.gatehouse.domain.user.EmailAlreadyTakenException;
import dev.gatehouse.domain.user.LastEnabledAdminException;
import dev.gatehouse.domain.user.UserNotFoundException;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Chooses the HTTP answer for every failure that reaches Spring MVC: domain errors by their
 * business meaning (most through one table from exception to {@link ProblemType}, which owns the
 * text clients read), framework errors by their status, anything else as a logged 500 that says
 * nothing about its cause. Each operation documents its own problems, so springdoc skips this.
 */
@Hidden
@RestControllerAdvice
public class ProblemResponses {
    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

    /**
     * The errors whose answer is their problem type's own title and detail, with nothing to add:
     * one row each. Those that need more (a header, field errors, a detail of their own) have
     * handlers of their own below.
     */
    private static final Map<Class<? extends Exception>, ProblemType> PROBLEM_TYPES = Map.ofEntries(
            entry(InvalidIdException.class, ProblemType.INVALID_ID),
            entry(EmailAlreadyTakenException.class, ProblemType.EMAIL_TAKEN),
            entry(RegistrationDisabledException.class, ProblemType.REGISTRATION_DISABLED),
            // One fixed body, whatever the cause, so that refusals cannot be told apart.
            entry(InvalidCredentialsException.class, ProblemType.INVALID_CREDENTIALS),
            // Likewise whatever the cause (unknown, expired, revoked, spent). No WWW-Authenticate: that
            // challenge is about bearer access tokens, and a refresh token is not one.
            entry(InvalidRefreshTokenException.class, ProblemType.INVALID_REFRESH_TOKEN),
            // Likewise whatever the cause (unknown, expired, spent, exhausted, account gone or changed).
            entry(InvalidMfaTokenException.class, ProblemType.INVALID_MFA_TOKEN),
            // Someone else's session, an unknown one and a path id that is no UUID get the same answer.
            entry(SessionNotFoundException.class, ProblemType.SESSION_NOT_FOUND),
            entry(UnknownSessionIdException.class, ProblemType.SESSION_NOT_FOUND),
            entry(CrossOriginCookieException.class, ProblemType.CROSS_ORIGIN),
            entry(SigningKeyRotationUnavailableException.class, ProblemType.ROTATION_UNAVAILABLE),
            entry(InvalidCurrentPasswordException.class, ProblemType.INVALID_CURRENT_PASSWORD),
            entry(UserNotFoundException.class, ProblemType.USER_NOT_FOUND),
            entry(LastEnabledAdminException.class, ProblemType.LAST_ADMIN),
            // Managing one's own MFA; the second login step's wrong code is another exception (401).
            entry(InvalidMfaCodeException.class, ProblemType.INVALID_MFA_CODE),
            entry(MfaAlreadyEnabledException.class, ProblemType.MFA_ALREADY_ENABLED),
            entry(MfaSetupNotStartedException.class, ProblemType.MFA_SETUP_NOT_STARTED),
            entry(MfaNotEnabledException.class, ProblemType.MFA_NOT_ENABLED),
            entry(MfaRequiredForAdminsException.class, ProblemType.MFA_REQUIRED_FOR_ADMINS),
            entry(EmailAlreadyVerifiedException.class, ProblemType.EMAIL_ALREADY_VERIFIED),
            // Thrown only after the right password, so it tells nothing to someone without it.
            entry(EmailNotVerifiedException.class, ProblemType.EMAIL_NOT_VERIFIED),
            // The firewall checks a header value when it is first read (a control character in User-Agent).
            entry(RequestRejectedException.class, ProblemType.REQUEST_REJECTED),
            // A refusal of access other than method security's (below): the caller is signed in but may not.
            entry(AccessDeniedException.class, ProblemType.FORBIDDEN));

    @ExceptionHandler(InvalidInputException.class)
    public ResponseEntity<Problem> invalidInput(InvalidInputException e, HttpServletRequest request) {
        List<FieldError> errors = List.of(new FieldError(e.field(), e.getMessage()));
        return respond(Problem.invalidFields(errors, request.getRequestURI()));
    }

    @ExceptionHandler(InvalidFieldsException.class)
    public ResponseEntity<Problem> invalidFields(InvalidFieldsException e, HttpServletRequest request) {
        return respond(Problem.invalidFields(e.errors(), request.getRequestURI()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    public ResponseEntity<Problem> queryParameterOfWrongType(
            MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        Class<?> type = e.getRequiredType();
        // Enum constants are part of the API; any other Java type name is not.
        String message = type != null && type.isEnum()
                ? "must be one of " + List.of(type.getEnumConstants())
                : "has an invalid value";
        return respond(Problem.invalidFields(List.of(new FieldError(e.getName(), message)), request.getRequestURI()));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    public ResponseEntity<Problem> missingQueryParameter(
            MissingServletRequestParameterException e, HttpServletRequest request) {
        FieldError error = new FieldError(e.getParameterName(), "is required");
        return respond(Problem.invalidFields(List.of(error), request.getRequestURI()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    public ResponseEntity<Problem> unreadableBody(HttpMessageNotReadableException e, HttpServletRequest request) {
        if (CauseChain.find(e, RequestBodyTooLargeException.class) != null) {
            return respond(generic(ProblemType.PAYLOAD_TOO_LARGE, request));
        }
        return respond(
                Problem.of(ProblemType.MALFORMED_REQUEST, JsonReadFailures.describe(e), request.getRequestURI()));
    }

    /** A query string that is not valid UTF-8 once percent-decoded (Tomcat refuses to decode it). */
    @ExceptionHandler(InvalidParameterException.class)
    public ResponseEntity<Problem> undecodableParameter(HttpServletRequest request) {
        return respond(Problem.of(
                ProblemType.MALFORMED_REQUEST,
                "A query parameter is not valid percent-encoded UTF-8",
                request.getRequestURI()));
    }

    @ExceptionHandler(UnexpectedBodyException.class)
    public ResponseEntity<Problem> unexpectedBody(UnexpectedBodyException e, HttpServletRequest request) {
        return respond(Problem.of(ProblemType.MALFORMED_REQUEST, e.getMessage(), request.getRequestURI()));
    }

    /**
     * A mailed token that cannot be spent, whatever the reason: one problem type per purpose, so
     * that a client can tell which link failed, and one fixed body each, so that the reasons cannot
     * be told apart. A purpose added later fails to compile here until it has its answer.
     */
    @ExceptionHandler(InvalidEmailTokenException.class)
    public ResponseEntity<Problem> invalidEmailToken(InvalidEmailTokenException e, HttpServletRequest request) {
        ProblemType type = switch (e.purpose()) {
            case PASSWORD_RESET -> ProblemType.INVALID_RESET_TOKEN;
            case VERIFY_EMAIL -> ProblemType.INVALID_VERIFICATION_TOKEN;
            case EMAIL_CHANGE -> ProblemType.INVALID_EMAIL_CHANGE_TOKEN;
        };
        return respond(generic(type, request));
    }

    /**
     * A wrong code at the second step of a login: 401, not the 400 of an enrolment request, because
     * it refuses a sign-in (like invalid-credentials), and the mfa token may be tried again.
     */
    @ExceptionHandler(WrongSecondFactorException.class)
    public ResponseEntity<Problem> wrongSecondFactor(HttpServletRequest request) {
        ProblemType type = ProblemType.INVALID_MFA_CODE;
        return respond(Problem.of(
                type,
                HttpStatus.UNAUTHORIZED.value(),
                "The TOTP or recovery code is wrong or already used; the mfa token stays usable for up to "
                        + MfaChallenge.MAX_FAILURES + " wrong codes in all",
                request.getRequestURI()));
    }

    /** The login name is locked after repeated failures; Retry-After says until when. */
    @ExceptionHandler(TooManyLoginAttemptsException.class)
    public ResponseEntity<Problem> tooManyLoginAttempts(TooManyLoginAttemptsException e, HttpServletRequest request) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(RetryAfter.HEADER, RetryAfter.seconds(e.retryAfter()));
        return respond(generic(ProblemType.TOO_MANY_ATTEMPTS, request), headers);
    }

    /**
     * The database cannot be reached: 503 with a fixed body (the cause is ours to log, not the
     * client's to read) and a hint when to try again. Logged without a stack trace: during an
     * outage every request ends here, and the cause is the same each time.
     */
    @ExceptionHandler(StoreUnavailableException.class)
    public ResponseEntity<Problem> storeUnavailable(StoreUnavailableException e, HttpServletRequest request) {
        log.warn(
                "Store unavailable on {} {}: {}",
                request.getMethod(),
                request.getRequestURI(),
                StoreFailures.describe(e));
        return respond(generic(ProblemType.SERVICE_UNAVAILABLE, request), storeUnavailableHeaders());
    }

    /**
     * Password hashing stayed at capacity for as long as a caller may wait (a login flood): 503
     * with Retry-After, nothing checked or changed. Not logged per request: under a flood that
     * would be thousands of lines; the refusals are counted in the metrics instead.
     */
    @ExceptionHandler(PasswordHashingBusyException.class)
    public ResponseEntity<Problem> passwordHashingBusy(PasswordHashingBusyException e, HttpServletRequest request) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(RetryAfter.HEADER, RetryAfter.seconds(e.retryAfter()));
        return respond(generic(ProblemType.SERVICE_UNAVAILABLE, request), headers);
    }

    /**
     * The access token's account was deleted after the token was issued: the token is invalid, as
     * the standing check will say too once its cache notices, so the same 401 and challenge as any
     * other invalid token (contract: never 404 or 403).
     */
    @ExceptionHandler(CallerAccountGoneException.class)
    public ResponseEntity<Problem> callerAccountGone(HttpServletRequest request) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
        return respond(generic(ProblemType.UNAUTHORIZED, request), headers);
    }

    /**
     * From method security ({@code @AdminOnly}): an ADMIN whose token lacks the second factor gets
     * the same 401 and RFC 9470 challenge as the path rules give; any other refusal is the
     * table's 403.
     */
    @ExceptionHandler(AuthorizationDeniedException.class)
    public ResponseEntity<Problem> authorizationDenied(AuthorizationDeniedException e, HttpServletRequest request) {
        if (e.getAuthorizationResult() instanceof InsufficientUserAuthentication) {
            HttpHeaders headers = new HttpHeaders();
            headers.set(HttpHeaders.WWW_AUTHENTICATE, InsufficientUserAuthentication.CHALLENGE);
            return respond(generic(ProblemType.INSUFFICIENT_USER_AUTHENTICATION, request), headers);
        }
        return respond(generic(ProblemType.FORBIDDEN, request));
    }

    @ExceptionHandler(AuthenticationException.class)
    public ResponseEntity<Problem> notAuthenticated(HttpServletRequest request) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        return respond(generic(ProblemType.UNAUTHORIZED, request), headers);
    }

    /**
     * Everything else: an exception of the table answers with its problem type; a business error
     * this adapter has no answer for yet is a gap to close, so it is logged loudly; Spring's own
     * errors (no route, wrong method, wrong media type) keep their status and headers such as
     * Allow; anything else is a fault of ours.
     */
    @ExceptionHandler(Exception.class)
    public ResponseEntity<Problem> byTable(Exception e, HttpServletRequest request) {
        ProblemType type = typeOf(e);
        if (type != null) {
            return respond(generic(type, request));
        }
        if (e instanceof DomainException) {
            log.error(
                    "No HTTP answer is defined for {} on {} {}",
                    e.getClass().getSimpleName(),
                    request.getMethod(),
                    request.getRequestURI(),
                    e);
            return respond(generic(ProblemType.INTERNAL_ERROR, request));
        }
        if (e instanceof ErrorResponse known && known.getStatusCode().is4xxClientError()) {
            int status = known.getStatusCode().value();
            ProblemType byStatus = ProblemType.forStatus(status);
            return respond(
                    Problem.of(byStatus, status, byStatus.genericDetail(), request.getRequestURI()),
                    known.getHeaders());
        }
        log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
        return respond(generic(ProblemType.INTERNAL_ERROR, request));
    }

    /** The row of the exception's class, or of its nearest superclass that has one. */
    private static ProblemType typeOf(Exception e) {
        for (Class<?> type = e.getClass(); type != null; type = type.getSuperclass()) {
            ProblemType problem = PROBLEM_TYPES.get(type);
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    private static HttpHeaders storeUnavailableHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(RetryAfter.HEADER, RetryAfter.seconds(RetryAfter.STORE_UNAVAILABLE));
        return headers;
    }

    static Problem generic(ProblemType type, HttpServletRequest request) {
        return Problem.of(type, type.genericDetail(), request.getRequestURI());
    }

    static ResponseEntity<Problem> respond(Problem problem) {
        return respond(problem, HttpHeaders.EMPTY);
    }

    static ResponseEntity<Problem> respond(Problem problem, HttpHeaders headers) {
        return ResponseEntity.status(problem.status())
                .headers(headers)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
