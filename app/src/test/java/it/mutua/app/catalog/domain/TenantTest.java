package it.mutua.app.catalog.domain;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import it.mutua.app.kernel.InvalidValueException;
import it.mutua.app.kernel.RuleViolation;

/** The tree rules of DESIGN §2 as the {@link Tenant} aggregate applies them, plus its status machine. */
class TenantTest {

    private final Tenant national = Tenant.national(1, code("nazionale"), "Mutua nazionale", "main");
    private final Tenant lombardia = regional(7, "lombardia", "03");
    private final Tenant social = federation(10, "fed-sociale", Sector.SOCIAL);

    private static TenantCode code(String value) {
        return TenantCode.of(value);
    }

    private Tenant regional(long id, String code, String region) {
        return Tenant.regional(id, code(code), "Mutua " + code, region, national, "main");
    }

    private Tenant federation(long id, String code, Sector sector) {
        return Tenant.federation(id, code(code), "Federazione " + code, sector, national, "main");
    }

    private Tenant cooperative(long id, String region, Tenant parent, Tenant regionalOfItsRegion) {
        return Tenant.cooperative(id, code("coop-" + id), "Cooperativa " + id, "12345678903", region, parent, social,
                regionalOfItsRegion, "main");
    }

    private static void assertInvalid(String field, String code, Executable action) {
        RuleViolation e = assertThrows(RuleViolation.class, action);
        assertAll(() -> assertEquals(RuleViolation.Kind.INVALID, e.kind()),
                () -> assertEquals(code, e.code()),
                () -> assertEquals(field, e.field()));
    }

    private static void assertConflict(String code, Executable action) {
        RuleViolation e = assertThrows(RuleViolation.class, action);
        assertAll(() -> assertEquals(RuleViolation.Kind.CONFLICT, e.kind()),
                () -> assertEquals(code, e.code()),
                () -> assertNull(e.field()));
    }

    // --- where each kind may hang ---

    @Test
    void aRegionalMutualMustHangUnderNational() {
        Tenant other = regional(8, "toscana", "09");
        assertInvalid("parent", "tenant.parent.regional_under_national",
                () -> Tenant.regional(20, code("veneto"), "Mutua Veneto", "05", other, "main"));
        assertInvalid("parent", "tenant.parent.regional_under_national",
                () -> Tenant.regional(20, code("veneto"), "Mutua Veneto", "05", social, "main"));
        assertInvalid("parent", "tenant.parent.regional_under_national",
                () -> Tenant.regional(20, code("veneto"), "Mutua Veneto", "05", null, "main"));
    }

    @Test
    void aRegionalMutualNeedsAKnownRegion() {
        assertInvalid("region", "tenant.region.required",
                () -> Tenant.regional(20, code("veneto"), "Mutua Veneto", " ", national, "main"));
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> Tenant.regional(20, code("veneto"), "Mutua Veneto", "21", national, "main"));
        assertEquals("region.unknown", e.code());
    }

    @Test
    void aFederationMustHangUnderNationalAndHaveASector() {
        assertInvalid("parent", "tenant.parent.federation_under_national",
                () -> Tenant.federation(20, code("fed-casa"), "Fed casa", Sector.HOUSING, lombardia, "main"));
        assertInvalid("parent", "tenant.parent.federation_under_national",
                () -> Tenant.federation(20, code("fed-casa"), "Fed casa", Sector.HOUSING, null, "main"));
        assertInvalid("sector", "tenant.sector.required",
                () -> Tenant.federation(20, code("fed-casa"), "Fed casa", null, national, "main"));
        assertEquals(Sector.HOUSING, federation(20, "fed-casa", Sector.HOUSING).sector());
    }

    @Test
    void aCooperativeHangsUnderNationalOrARegionalMutual() {
        assertEquals(national.id(), cooperative(40, "09", national, null).parentId());
        assertEquals(lombardia.id(), cooperative(41, "03", lombardia, lombardia).parentId());
    }

    @Test
    void aCooperativeNeverHangsUnderAFederation() {
        assertInvalid("parent", "tenant.parent.cooperative_under_territory",
                () -> cooperative(40, "03", social, null));
    }

    @Test
    void aCooperativeNeverHangsUnderAnotherCooperative() {
        Tenant coop = cooperative(40, "03", lombardia, lombardia);
        assertInvalid("parent", "tenant.parent.cooperative_under_territory",
                () -> cooperative(41, "03", coop, lombardia));
    }

    @Test
    void aCooperativeWithoutParentIsRefused() {
        assertInvalid("parent", "tenant.parent.required", () -> cooperative(40, "09", null, null));
    }

    @Test
    void aCooperativeBelongsToExactlyOneFederation() {
        assertInvalid("federation", "tenant.federation.required",
                () -> Tenant.cooperative(40, code("coop-40"), "Coop 40", "12345678903", "09", national, null, null,
                        "main"));
        assertInvalid("federation", "tenant.federation.required",
                () -> Tenant.cooperative(40, code("coop-40"), "Coop 40", "12345678903", "09", national, lombardia,
                        null, "main"));
        assertEquals(social.id(), cooperative(40, "09", national, null).federationId());
    }

    @Test
    void aCooperativeUnderARegionalMutualMustBeOfThatRegion() {
        assertInvalid("region", "tenant.region.differs_from_parent", () -> cooperative(40, "09", lombardia, null));
    }

    @Test
    void aRegionCodeThatLostItsLeadingZeroStillMatchesTheRegionalParent() {
        Tenant coop = cooperative(40, "3", lombardia, lombardia);
        assertEquals("03", coop.region());
    }

    @Test
    void aCooperativeOfARegionWithARegionalMutualCannotBePlacedDirectlyUnderNational() {
        assertInvalid("parent", "tenant.parent.regional_exists", () -> cooperative(40, "03", national, lombardia));
    }

    @Test
    void aCooperativeNeedsARegion() {
        assertInvalid("region", "tenant.region.required", () -> cooperative(40, null, national, null));
    }

    // --- what is derived from ids ---

    @Test
    void pathsListEveryAncestorIdThenTheTenantsOwn() {
        Tenant coop = cooperative(42, "03", lombardia, lombardia);
        assertAll(() -> assertEquals("/1/", national.path()),
                () -> assertEquals("/1/7/", lombardia.path()),
                () -> assertEquals("/1/10/", social.path()),
                () -> assertEquals("/1/7/42/", coop.path()));
    }

    @Test
    void schemaNamesAreDerivedFromTheIdNeverFromTheCodeOrName() {
        Tenant coop = Tenant.cooperative(42, code("a-drop-schema-control"), "x\"; DROP SCHEMA control; --",
                "12345678903", "03", lombardia, social, lombardia, "main");
        assertAll(() -> assertEquals("t_1", national.schemaName()),
                () -> assertEquals("t_7", lombardia.schemaName()),
                () -> assertEquals("t_42", coop.schemaName()));
    }

    @Test
    void onlyCooperativesHaveAFederationAndNationalHasNoParent() {
        assertAll(() -> assertNull(national.parentId()),
                () -> assertNull(national.federationId()),
                () -> assertNull(lombardia.federationId()),
                () -> assertNull(social.federationId()),
                () -> assertEquals(national.id(), lombardia.parentId()));
    }

    @Test
    void aNewTenantIsActiveWithKindAndNormalisedNameAndCode() {
        Tenant t = Tenant.regional(20, TenantCode.of("  Veneto "), "  Mutua   del  Veneto ", "05", national, "db2");
        assertAll(() -> assertEquals(TenantStatus.ACTIVE, t.status()),
                () -> assertEquals(TenantKind.REGIONAL, t.kind()),
                () -> assertEquals("veneto", t.code()),
                () -> assertEquals("Mutua del Veneto", t.name()),
                () -> assertEquals("05", t.region()),
                () -> assertEquals("db2", t.placement()));
    }

    // --- constituting a regional mutual: moveUnder ---

    @Test
    void aNationalLevelCooperativeMovesUnderTheRegionalMutualOfItsRegionAndItsPathFollows() {
        Tenant toscana = regional(8, "toscana", "09");
        Tenant coop = cooperative(42, "09", national, null);
        assertEquals("/1/42/", coop.path());

        coop.moveUnder(toscana);

        assertAll(() -> assertEquals(toscana.id(), coop.parentId()),
                () -> assertEquals("/1/8/42/", coop.path()),
                () -> assertEquals("t_42", coop.schemaName(), "the schema does not change"),
                () -> assertEquals(social.id(), coop.federationId(), "the federation does not change"));
    }

    @Test
    void aCooperativeIsNotMovedUnderTheRegionalMutualOfAnotherRegion() {
        Tenant coop = cooperative(42, "09", national, null);
        assertInvalid("cooperatives", "tenant.move.other_region", () -> coop.moveUnder(lombardia));
        assertEquals("/1/42/", coop.path());
        assertEquals(national.id(), coop.parentId());
    }

    @ParameterizedTest(name = "a {0} is not moved")
    @EnumSource(value = TenantKind.class, names = "COOPERATIVE", mode = EnumSource.Mode.EXCLUDE)
    void onlyCooperativesAreMoved(TenantKind kind) {
        Tenant tenant = switch (kind) {
            case NATIONAL -> national;
            case REGIONAL -> regional(8, "toscana", "03");
            case FEDERATION -> social;
            case COOPERATIVE -> throw new AssertionError();
        };
        String before = tenant.path();
        assertConflict("tenant.move.only_cooperatives", () -> tenant.moveUnder(lombardia));
        assertEquals(before, tenant.path());
    }

    @Test
    void aCooperativeIsMovedOnlyUnderARegionalMutual() {
        Tenant coop = cooperative(42, "03", lombardia, lombardia);
        assertConflict("tenant.move.target_not_regional", () -> coop.moveUnder(national));
        assertEquals("/1/7/42/", coop.path());
    }

    @Test
    void aCooperativeAlreadyUnderAnotherRegionalMutualIsNotTakenOver() {
        Tenant coop = cooperative(42, "03", lombardia, lombardia);
        Tenant secondLombardMutual = regional(8, "lombardia-bis", "03");
        assertConflict("tenant.move.already_regional", () -> coop.moveUnder(secondLombardMutual));
        assertEquals(lombardia.id(), coop.parentId());
        assertEquals("/1/7/42/", coop.path());
    }

    @Test
    void movingACooperativeUnderTheRegionalMutualItAlreadyBelongsToChangesNothing() {
        Tenant coop = cooperative(42, "03", lombardia, lombardia);
        OffsetDateTime updatedBefore = coop.updatedAt();

        coop.moveUnder(lombardia);
        coop.moveUnder(lombardia);

        assertAll(() -> assertEquals(lombardia.id(), coop.parentId()),
                () -> assertEquals("/1/7/42/", coop.path()),
                () -> assertEquals(updatedBefore, coop.updatedAt()));
    }

    @Test
    void aMovedCooperativeCanBeMovedAgainUnderTheSameMutual() {
        Tenant coop = cooperative(42, "03", national, null);
        coop.moveUnder(lombardia);
        coop.moveUnder(lombardia);
        assertEquals("/1/7/42/", coop.path());
    }

    // --- status machine ---

    @Test
    void anActiveTenantIsSuspendedAndReactivated() {
        Tenant coop = cooperative(42, "03", lombardia, lombardia);
        coop.suspend();
        assertEquals(TenantStatus.SUSPENDED, coop.status());
        coop.reactivate();
        assertEquals(TenantStatus.ACTIVE, coop.status());
    }

    @Test
    void aSuspendedTenantCannotBeSuspendedAgain() {
        Tenant coop = cooperative(42, "03", lombardia, lombardia);
        coop.suspend();
        assertConflict("tenant.status.not_active", () -> coop.suspend());
        assertEquals(TenantStatus.SUSPENDED, coop.status());
    }

    @Test
    void anActiveTenantCannotBeReactivated() {
        assertConflict("tenant.status.not_suspended", () -> lombardia.reactivate());
        assertEquals(TenantStatus.ACTIVE, lombardia.status());
    }

    @Test
    void nationalCannotBeSuspended() {
        assertConflict("tenant.status.national_cannot_be_suspended", () -> national.suspend());
        assertEquals(TenantStatus.ACTIVE, national.status());
    }

    @Test
    void regionalMutualsAndFederationsCanBeSuspended() {
        lombardia.suspend();
        social.suspend();
        assertEquals(TenantStatus.SUSPENDED, lombardia.status());
        assertEquals(TenantStatus.SUSPENDED, social.status());
    }

    // --- rename ---

    @Test
    void renamingNormalisesTheNewName() {
        lombardia.rename("  Mutua   Lombarda ");
        assertEquals("Mutua Lombarda", lombardia.name());
    }

    @Test
    void anInvalidNewNameLeavesTheOldOne() {
        assertInvalid("name", "tenant.name.length", () -> lombardia.rename("x"));
        assertEquals("Mutua lombardia", lombardia.name());
    }
}
