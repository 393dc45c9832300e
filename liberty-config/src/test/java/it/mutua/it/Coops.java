package it.mutua.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.mutua.it.support.Http;
import it.mutua.it.support.Users;

/** Fresh cooperatives for tests that write members, and valid codici fiscali to fill them. */
final class Coops {

    private static final String MONTHS = "ABCDEHLMPRST";
    private static final int[] ODD = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22,
            25, 24, 23};

    private Coops() {
    }

    /** A new cooperative of the social federation directly under national (Tuscany); returns its code. */
    static String create(String prefix) {
        String code = prefix + Users.unique();
        Http.Response r = Http.post("/api/tenants", Users.token(Users.NATIONAL), "{\"kind\":\"COOPERATIVE\",\"code\":\""
                + code + "\",\"name\":\"Cooperativa " + code + "\",\"parent\":\"nazionale\",\"federation\":\"social\","
                + "\"vatNumber\":\"" + TenantApiIT.freshVatNumber() + "\",\"region\":\"09\"}");
        assertEquals(201, r.status(), r::toString);
        return code;
    }

    /**
     * The {@code n}-th of a family of valid codici fiscali (RSS MRA, born in Rome on distinct days from 1960): the
     * check character computed with the official odd/even tables.
     */
    static String fiscalCode(int n) {
        return fiscalCode("RSSMRA", java.time.LocalDate.of(1960, 1, 1).plusDays(n));
    }

    /** A valid codice fiscale for a man born on {@code birth} in Rome, with the given six name letters. */
    static String fiscalCode(String nameLetters, java.time.LocalDate birth) {
        String first15 = nameLetters + String.format("%02d", birth.getYear() % 100) + MONTHS.charAt(birth.getMonthValue() - 1)
                + String.format("%02d", birth.getDayOfMonth()) + "H501";
        int sum = 0;
        for (int i = 0; i < 15; i++) {
            char c = first15.charAt(i);
            int v = Character.isDigit(c) ? c - '0' : c - 'A';
            sum += i % 2 == 0 ? ODD[v] : v;
        }
        return first15 + (char) ('A' + sum % 26);
    }
}
