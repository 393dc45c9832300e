package it.mutua.admin.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class ApiMessagesTest {

    private static String fakeTranslate(String key, Object[] params) {
        return key + Arrays.toString(params);
    }

    @Test
    void showsTheApisOwnMessage() {
        ApiException e = new ApiException(new ApiError(401, "auth.invalid_credentials", "Credenziali non valide", List.of()));
        assertEquals("Credenziali non valide", ApiMessages.describe(e, ApiMessagesTest::fakeTranslate));
    }

    @Test
    void translatesClientSideFailures() {
        ApiException e = ApiException.unreachable(new java.net.ConnectException("refused"));
        assertEquals("error.api_unreachable[]", ApiMessages.describe(e, ApiMessagesTest::fakeTranslate));
    }

    @Test
    void fallsBackToAGenericMessageWithTheStatus() {
        ApiException e = new ApiException(new ApiError(500, "internal", " ", List.of()));
        assertEquals("error.generic[500]", ApiMessages.describe(e, ApiMessagesTest::fakeTranslate));
    }
}
