package it.mutua.app.catalog.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The visibility rule of DESIGN §2 as a matrix over a small tree built with the {@link Tenant} factory methods.
 *
 * <pre>
 * nazionale (1)                                   path /1/
 * ├── lombardia (3), REGIONAL region 03           path /1/3/
 * │   ├── coop-sociale-mi (30), 03, SOCIAL fed    path /1/3/30/
 * │   └── coop-casa-mi (32), 03, HOUSING fed      path /1/3/32/
 * ├── fed-sociale (10), FEDERATION SOCIAL         path /1/10/
 * ├── fed-abitare (11), FEDERATION HOUSING        path /1/11/
 * └── coop-sociale-fi (31), 09, SOCIAL fed        path /1/31/   (Tuscany has no regional mutual)
 * </pre>
 *
 * The ids are chosen so that {@code /1/3/} is a textual prefix of {@code /1/31} without the slash: lombardia must not
 * read the Tuscan cooperative because their paths start alike.
 *
 * <p>Every expectation below is written out by hand, one row per principal and one column per target, in the order
 * N L F H A B C (national, lombardia, social federation, housing federation, Lombard social coop, Lombard housing coop,
 * Tuscan social coop). {@code x} means allowed, {@code .} refused.
 */
class VisibilityTest {

    private static final Tenant NATIONAL = Tenant.national(1, TenantCode.of("nazionale"), "Mutua nazionale", "main");
    private static final Tenant LOMBARDIA = Tenant.regional(3, TenantCode.of("lombardia"), "Mutua Lombardia", "03",
            NATIONAL, "main");
    private static final Tenant SOCIAL = Tenant.federation(10, TenantCode.of("fed-sociale"), "Federazione sociale",
            Sector.SOCIAL, NATIONAL, "main");
    private static final Tenant HOUSING = Tenant.federation(11, TenantCode.of("fed-abitare"), "Federazione abitare",
            Sector.HOUSING, NATIONAL, "main");
    private static final Tenant COOP_SOCIAL_MILANO = Tenant.cooperative(30, TenantCode.of("coop-sociale-mi"),
            "Coop sociale Milano", "12345678903", "03", LOMBARDIA, SOCIAL, LOMBARDIA, "main");
    private static final Tenant COOP_HOUSING_MILANO = Tenant.cooperative(32, TenantCode.of("coop-casa-mi"),
            "Coop casa Milano", "12345678911", "03", LOMBARDIA, HOUSING, LOMBARDIA, "main");
    private static final Tenant COOP_SOCIAL_FIRENZE = Tenant.cooperative(31, TenantCode.of("coop-sociale-fi"),
            "Coop sociale Firenze", "12345678929", "09", NATIONAL, SOCIAL, null, "main");

    /** Row/column order of the matrices. */
    private static final Map<Character, Tenant> TREE = new LinkedHashMap<>();

    static {
        TREE.put('N', NATIONAL);
        TREE.put('L', LOMBARDIA);
        TREE.put('F', SOCIAL);
        TREE.put('H', HOUSING);
        TREE.put('A', COOP_SOCIAL_MILANO);
        TREE.put('B', COOP_HOUSING_MILANO);
        TREE.put('C', COOP_SOCIAL_FIRENZE);
    }

    //                                        targets: N L F H A B C
    private static final String[] ACT_ON = {
            /* N */ "x......",
            /* L */ ".x.....",
            /* F */ "..x....",
            /* H */ "...x...",
            /* A */ "....x..",
            /* B */ ".....x.",
            /* C */ "......x"};

    private static final String[] READ = {
            /* N */ "xxxxxxx",
            /* L */ ".x..xx.",
            /* F */ "..x.x.x",
            /* H */ "...x.x.",
            /* A */ "....x..",
            /* B */ ".....x.",
            /* C */ "......x"};

    private static final String[] PARENT_READ = {
            /* N */ ".xxxxxx",
            /* L */ "....xx.",
            /* F */ "....x.x",
            /* H */ ".....x.",
            /* A */ ".......",
            /* B */ ".......",
            /* C */ "......."};

    private static final String[] PERSONAL_DATA = {
            /* N */ "xxxxxxx",
            /* L */ ".x..xx.",
            /* F */ "..x....",
            /* H */ "...x...",
            /* A */ "....x..",
            /* B */ ".....x.",
            /* C */ "......x"};

    private static final String[] REFERENCE = {
            /* N */ "xxxxxxx",
            /* L */ ".xxxxx.",
            /* F */ "..xxx.x",
            /* H */ "..xx.x.",
            /* A */ "..xxx..",
            /* B */ "..xx.x.",
            /* C */ "..xx..x"};

    private static final String[] ADMINISTER = {
            /* N */ ".xxxxxx",
            /* L */ "....xx.",
            /* F */ ".......",
            /* H */ ".......",
            /* A */ ".......",
            /* B */ ".......",
            /* C */ "......."};

    private static Stream<Arguments> matrix(String verb, String[] rows) {
        List<Arguments> cases = new ArrayList<>();
        List<Character> keys = List.copyOf(TREE.keySet());
        for (int r = 0; r < keys.size(); r++) {
            for (int c = 0; c < keys.size(); c++) {
                Tenant principal = TREE.get(keys.get(r));
                Tenant target = TREE.get(keys.get(c));
                boolean expected = rows[r].charAt(c) == 'x';
                String sentence = principal.code() + (expected ? " " : " may not ") + verb + " " + target.code();
                cases.add(Arguments.argumentSet(sentence, principal, target, expected));
            }
        }
        return cases.stream();
    }

    static Stream<Arguments> actOn() {
        return matrix("act on", ACT_ON);
    }

    static Stream<Arguments> read() {
        return matrix("read", READ);
    }

    static Stream<Arguments> parentRead() {
        return matrix("make an audited parent read of", PARENT_READ);
    }

    static Stream<Arguments> personalData() {
        return matrix("read the personal data of", PERSONAL_DATA);
    }

    static Stream<Arguments> reference() {
        return matrix("reference", REFERENCE);
    }

    static Stream<Arguments> administer() {
        return matrix("administer", ADMINISTER);
    }

    private static void check(BiPredicate<TenantNode, TenantNode> rule, Tenant principal, Tenant target,
                              boolean expected) {
        assertEquals(expected, rule.test(principal, target),
                () -> principal.code() + " (" + principal.path() + ") -> " + target.code() + " (" + target.path() + ")");
    }

    @ParameterizedTest
    @MethodSource("actOn")
    void aPrincipalActsOnItsOwnTenantOnly(Tenant principal, Tenant target, boolean expected) {
        check(Visibility::canActOn, principal, target, expected);
    }

    @ParameterizedTest
    @MethodSource("read")
    void aPrincipalReadsItselfAndBelowAlongTheTerritorialTreeOrItsSectorAxis(Tenant principal, Tenant target,
                                                                            boolean expected) {
        check(Visibility::canRead, principal, target, expected);
    }

    @ParameterizedTest
    @MethodSource("parentRead")
    void everyReadOfAnotherTenantIsAParentReadAndReadingOneselfIsNot(Tenant principal, Tenant target,
                                                                     boolean expected) {
        check(Visibility::isParentRead, principal, target, expected);
    }

    @ParameterizedTest
    @MethodSource("personalData")
    void personalDataIsSeenByTheTenantAndItsTerritorialAncestorsButNeverByAFederation(Tenant principal,
                                                                                      Tenant target,
                                                                                      boolean expected) {
        check(Visibility::canReadPersonalData, principal, target, expected);
    }

    @ParameterizedTest
    @MethodSource("reference")
    void aPrincipalReferencesWhatItReadsPlusEveryFederation(Tenant principal, Tenant target, boolean expected) {
        check(Visibility::canReference, principal, target, expected);
    }

    @ParameterizedTest
    @MethodSource("administer")
    void onlyStrictTerritorialAncestorsAdministerATenant(Tenant principal, Tenant target, boolean expected) {
        check(Visibility::canAdminister, principal, target, expected);
    }

    // The same rules, stated one at a time, so a failure names the broken sentence of DESIGN §2.

    @Test
    void aFederationReadsTheCooperativesOfItsSectorButNotTheirSiblings() {
        assertTrue(Visibility.canRead(SOCIAL, COOP_SOCIAL_MILANO));
        assertTrue(Visibility.canRead(SOCIAL, COOP_SOCIAL_FIRENZE));
        assertFalse(Visibility.canRead(SOCIAL, COOP_HOUSING_MILANO));
    }

    @Test
    void aFederationReadsNeitherAnotherFederationNorARegionalMutualNorNational() {
        assertFalse(Visibility.canRead(SOCIAL, HOUSING));
        assertFalse(Visibility.canRead(SOCIAL, LOMBARDIA));
        assertFalse(Visibility.canRead(SOCIAL, NATIONAL));
    }

    @Test
    void aFederationNeverSeesThePeopleOfItsCooperatives() {
        assertTrue(Visibility.canRead(SOCIAL, COOP_SOCIAL_MILANO));
        assertFalse(Visibility.canReadPersonalData(SOCIAL, COOP_SOCIAL_MILANO));
        assertFalse(Visibility.canReadPersonalData(SOCIAL, COOP_SOCIAL_FIRENZE));
    }

    @Test
    void aRegionalMutualReadsThePersonalDataOfItsCooperativesButNotOfOtherRegions() {
        assertTrue(Visibility.canReadPersonalData(LOMBARDIA, COOP_SOCIAL_MILANO));
        assertTrue(Visibility.canReadPersonalData(LOMBARDIA, COOP_HOUSING_MILANO));
        assertFalse(Visibility.canReadPersonalData(LOMBARDIA, COOP_SOCIAL_FIRENZE));
    }

    @Test
    void nationalReadsThePersonalDataOfEveryCooperative() {
        assertTrue(Visibility.canReadPersonalData(NATIONAL, COOP_SOCIAL_MILANO));
        assertTrue(Visibility.canReadPersonalData(NATIONAL, COOP_HOUSING_MILANO));
        assertTrue(Visibility.canReadPersonalData(NATIONAL, COOP_SOCIAL_FIRENZE));
    }

    @Test
    void aTenantNeverReadsItsAncestors() {
        assertFalse(Visibility.canRead(COOP_SOCIAL_MILANO, LOMBARDIA));
        assertFalse(Visibility.canRead(COOP_SOCIAL_MILANO, NATIONAL));
        assertFalse(Visibility.canRead(LOMBARDIA, NATIONAL));
    }

    @Test
    void aCooperativeNeverReadsItsSiblingsNorItsOwnFederation() {
        assertFalse(Visibility.canRead(COOP_SOCIAL_MILANO, COOP_HOUSING_MILANO));
        assertFalse(Visibility.canRead(COOP_SOCIAL_MILANO, COOP_SOCIAL_FIRENZE));
        assertFalse(Visibility.canRead(COOP_SOCIAL_MILANO, SOCIAL));
    }

    @Test
    void aPathThatMerelyStartsWithTheSameDigitsIsNotADescendant() {
        // lombardia is /1/3/, the Tuscan cooperative is /1/31/: a prefix test without the trailing slash would leak
        assertEquals("/1/3/", LOMBARDIA.path());
        assertEquals("/1/31/", COOP_SOCIAL_FIRENZE.path());
        assertFalse(Visibility.canRead(LOMBARDIA, COOP_SOCIAL_FIRENZE));
        assertFalse(Visibility.canReadPersonalData(LOMBARDIA, COOP_SOCIAL_FIRENZE));
        assertFalse(Visibility.canAdminister(LOMBARDIA, COOP_SOCIAL_FIRENZE));
    }

    @Test
    void anyTenantMayReferenceEveryFederationButACooperativeMayNotReferenceItsSibling() {
        for (Tenant principal : TREE.values()) {
            assertTrue(Visibility.canReference(principal, SOCIAL), principal.code());
            assertTrue(Visibility.canReference(principal, HOUSING), principal.code());
        }
        assertFalse(Visibility.canReference(COOP_SOCIAL_MILANO, COOP_HOUSING_MILANO));
        assertFalse(Visibility.canReference(COOP_SOCIAL_MILANO, LOMBARDIA));
    }

    @Test
    void referencingAFederationDoesNotMakeItReadable() {
        assertTrue(Visibility.canReference(COOP_HOUSING_MILANO, SOCIAL));
        assertFalse(Visibility.canRead(COOP_HOUSING_MILANO, SOCIAL));
        assertFalse(Visibility.canRead(COOP_HOUSING_MILANO, COOP_SOCIAL_MILANO));
    }

    @Test
    void anAncestorAdministersATenantButATenantDoesNotAdministerItselfNorDoesAFederationAdministerItsCooperative() {
        assertTrue(Visibility.canAdminister(NATIONAL, COOP_SOCIAL_MILANO));
        assertTrue(Visibility.canAdminister(LOMBARDIA, COOP_SOCIAL_MILANO));
        assertFalse(Visibility.canAdminister(COOP_SOCIAL_MILANO, COOP_SOCIAL_MILANO));
        assertFalse(Visibility.canAdminister(NATIONAL, NATIONAL));
        assertFalse(Visibility.canAdminister(SOCIAL, COOP_SOCIAL_MILANO));
    }

    @Test
    void movingACooperativeUnderTheNewRegionalMutualMakesItVisibleToThatMutual() {
        Tenant national = Tenant.national(1, TenantCode.of("nazionale"), "Mutua nazionale", "main");
        Tenant social = Tenant.federation(10, TenantCode.of("fed-sociale"), "Federazione sociale", Sector.SOCIAL,
                national, "main");
        Tenant coop = Tenant.cooperative(42, TenantCode.of("coop-toscana"), "Coop Toscana", "12345678903", "09",
                national, social, null, "main");
        Tenant toscana = Tenant.regional(7, TenantCode.of("toscana"), "Mutua Toscana", "09", national, "main");
        assertFalse(Visibility.canReadPersonalData(toscana, coop));

        coop.moveUnder(toscana);

        assertTrue(Visibility.canReadPersonalData(toscana, coop));
        assertTrue(Visibility.canAdminister(toscana, coop));
        assertTrue(Visibility.canRead(social, coop), "the sector axis survives the move");
        assertTrue(Visibility.canReadPersonalData(national, coop), "national still sees it through the regional");
    }
}
