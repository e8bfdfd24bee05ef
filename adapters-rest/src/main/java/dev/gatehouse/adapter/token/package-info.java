/**
 * What the token issuer and the token verifier of this module must agree on. Neither inbound nor
 * outbound, so both sides can use it without depending on each other.
 */
package dev.gatehouse.adapter.token;
