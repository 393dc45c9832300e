package it.mutua.admin.api;

import jakarta.json.bind.annotation.JsonbProperty;

/** Answer of {@code POST /api/auth/token}. */
public record TokenResponse(
        @JsonbProperty("access_token") String accessToken,
        @JsonbProperty("expires_in") Long expiresIn,
        @JsonbProperty("token_type") String tokenType) {

    @Override
    public String toString() {
        return "TokenResponse[accessToken=***, expiresIn=" + expiresIn + ", tokenType=" + tokenType + "]";
    }
}
