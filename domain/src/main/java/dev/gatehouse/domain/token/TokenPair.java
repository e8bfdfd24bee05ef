package dev.gatehouse.domain.token;

import dev.gatehouse.domain.session.RefreshToken;
import java.time.Duration;

/** What a successful login hands back: a short-lived access token and its session's refresh token. */
public record TokenPair(
        AccessToken accessToken,
        Duration accessTokenLifetime,
        RefreshToken refreshToken,
        Duration refreshTokenLifetime) {}
