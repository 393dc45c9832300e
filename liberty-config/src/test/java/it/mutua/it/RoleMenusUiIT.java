package it.mutua.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import it.mutua.it.support.AdminUi;
import it.mutua.it.support.Browser;
import it.mutua.it.support.Users;

/** Each demo role signs in through the browser and gets its own menu and its own first screen, in Italian. */
class RoleMenusUiIT {

    private static final List<String> ALL = List.of("Cruscotto", "Enti", "Piani sanitari", "Rimborsi",
            "Autorizzazioni preventive", "Lotti di pagamento", "Regole di campionamento", "Rete sanitaria",
            "La mia copertura", "Nuova mutua regionale", "Migrazioni", "Il mio profilo");

    static Stream<Arguments> roles() {
        return Stream.of(
                Arguments.of(Users.NATIONAL, "Cruscotto", List.of("Cruscotto", "Enti", "Piani sanitari",
                        "Regole di campionamento", "Rete sanitaria", "Nuova mutua regionale", "Migrazioni",
                        "Il mio profilo"), "Enti sottostanti per tipo"),
                Arguments.of(Users.LOMBARDIA, "Cruscotto", List.of("Cruscotto", "Enti", "Piani sanitari", "Rete sanitaria",
                        "Il mio profilo"),
                        "Mutua Regionale Lombardia"),
                Arguments.of(Users.SOCIAL_FEDERATION, "Cruscotto", List.of("Cruscotto", "Enti", "Piani sanitari",
                        "Rete sanitaria", "Il mio profilo"),
                        "Cooperative"),
                Arguments.of(Users.ARCOBALENO, "Cruscotto", List.of("Cruscotto", "Enti", "Piani sanitari", "Il mio profilo"),
                        "Iscritti"),
                Arguments.of(Users.CLAIMS_OFFICER, "Piani sanitari", List.of("Piani sanitari", "Rimborsi",
                        "Autorizzazioni preventive", "Lotti di pagamento", "Regole di campionamento", "Rete sanitaria",
                        "Il mio profilo"),
                        "Provenienza"),
                Arguments.of(Users.MEMBER, "La mia copertura", List.of("La mia copertura", "Il mio profilo"),
                        "Massimale per persona all'anno"),
                Arguments.of(Users.AUDITOR, "Cruscotto", List.of("Cruscotto", "Enti", "Piani sanitari", "Rete sanitaria",
                        "Migrazioni", "Il mio profilo"), "Enti sottostanti per tipo"));
    }

    @ParameterizedTest(name = "{0} sees {2} and lands on {1}")
    @MethodSource("roles")
    void eachRoleSeesItsOwnMenuAndLandsOnItsFirstScreen(String username, String landing, List<String> menu,
                                                         String landingText) throws Exception {
        try (Browser browser = AdminUi.signedIn(username)) {
            String page = browser.textContaining(landingText);
            assertTrue(page.contains(landingText), username + " lands on " + landing + ": " + page);
            String shown = AdminUi.menu(browser);
            for (String entry : ALL) {
                if (menu.contains(entry)) {
                    assertTrue(shown.contains(entry), username + " should see " + entry + " in " + shown);
                } else {
                    assertFalse(shown.lines().anyMatch(entry::equals), username + " must not see " + entry + " in " + shown);
                }
            }
            AdminUi.screenshot(browser, "10-home-" + username);
        }
    }
}
