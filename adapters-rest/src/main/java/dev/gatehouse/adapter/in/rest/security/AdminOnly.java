package dev.gatehouse.adapter.in.rest.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Only accounts with the ADMIN role may call this, with a token from a sign-in with a second factor
 * while MFA is required for admins: {@link AdminAccess} decides. The one spelling of that rule, so
 * it is never mistyped as an expression string on a controller.
 */
@Documented
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@PreAuthorize("@" + AdminAccess.BEAN_NAME)
public @interface AdminOnly {}
