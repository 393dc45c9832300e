package it.mutua.it.support;

import java.util.concurrent.ThreadLocalRandom;

/** Valid codici fiscali for tests: random surname letters (so reruns on one database never collide), real rules. */
public final class People {

    private static final String MONTHS = "ABCDEHLMPRST";
    private static final int[] ODD = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22,
            25, 24, 23};

    private People() {
    }

    /** A codice fiscale born on that date in Milan (F205): {@code female} adds 40 to the day. */
    public static String fiscalCode(int year, int month, int day, boolean female) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            b.append((char) ('B' + ThreadLocalRandom.current().nextInt(24)));
        }
        b.append(String.format("%02d", year % 100)).append(MONTHS.charAt(month - 1))
                .append(String.format("%02d", female ? day + 40 : day)).append("F205");
        return withCheck(b.toString());
    }

    static String withCheck(String first15) {
        int sum = 0;
        for (int i = 0; i < 15; i++) {
            char c = first15.charAt(i);
            int v = Character.isDigit(c) ? c - '0' : c - 'A';
            sum += (i % 2 == 0) ? ODD[v] : v;
        }
        return first15 + (char) ('A' + sum % 26);
    }

    /** A member body with names, sex and a hire date (null for none). */
    public static String worker(String fiscalCode, String given, String family, String hireDate) {
        return "{\"fiscalCode\":\"" + fiscalCode + "\",\"givenName\":\"" + given + "\",\"familyName\":\"" + family
                + "\"" + (hireDate == null ? "" : ",\"hireDate\":\"" + hireDate + "\",\"contractType\":\"INDETERMINATO\"")
                + "}";
    }

    public static String relative(String role, String fiscalCode, String given, String family, String from) {
        return "{\"role\":\"" + role + "\",\"fiscalCode\":\"" + fiscalCode + "\",\"givenName\":\"" + given
                + "\",\"familyName\":\"" + family + "\",\"from\":\"" + from + "\"}";
    }
}
