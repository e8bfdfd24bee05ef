package dev.gatehouse.devmode;

/** What the start-up block says about the ADMIN's second factor. */
sealed interface AdminMfa {
    /** Enrolled by the developer mode, at this start ({@code now}) or an earlier one. */
    record Enrolled(AdminTotp totp, boolean now) implements AdminMfa {}

    /** The deployment does not require MFA of admins ({@code app.auth.mfa.required-for-admins=false}). */
    record NotRequired() implements AdminMfa {}

    /** The account has MFA on, enrolled by hand: the file does not know its secret. */
    record EnrolledElsewhere() implements AdminMfa {}

    /** The enrolment was tried and failed; {@code reason} is for a person and names no secret. */
    record Failed(String reason) implements AdminMfa {}

    /** The deployer's own admin (APP_BOOTSTRAP_ADMIN_*): its password is not ours to use. */
    record LeftToTheDeployer() implements AdminMfa {}
}
