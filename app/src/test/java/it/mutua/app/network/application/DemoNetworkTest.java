package it.mutua.app.network.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import it.mutua.app.kernel.VatNumber;
import it.mutua.app.network.domain.FacilityDetails;
import it.mutua.app.network.domain.Municipality;
import it.mutua.app.network.domain.Places;

class DemoNetworkTest {

    private static final List<Municipality> LOMBARDY = Places.italy().all().stream()
            .filter(m -> "03".equals(m.regionCode()) && m.population() >= 8000).toList();

    @Test
    void theDemoNetworkIsTheSameOnEveryStart() {
        var a = DemoNetwork.generate(new Random(7), LOMBARDY, 50, 42L, 0);
        var b = DemoNetwork.generate(new Random(7), LOMBARDY, 50, 42L, 0);
        assertEquals(a, b);
    }

    @Test
    void everyDemoFacilityIsValidUniqueAndInItsRegion() {
        var facilities = DemoNetwork.generate(new Random(7), LOMBARDY, DemoNetwork.LOMBARDY_ADDITIONS, 42L, 500_000);
        var identities = new HashSet<String>();
        for (FacilityDetails d : facilities) {
            assertEquals(d.vatNumber(), VatNumber.parse(d.vatNumber()).value());
            assertEquals("03", d.municipality().regionCode());
            assertTrue(d.coordinates().latitude() > 44.6 && d.coordinates().latitude() < 46.7, d.toString());
            assertTrue(d.coordinates().longitude() > 8.4 && d.coordinates().longitude() < 11.5, d.toString());
            assertTrue(identities.add(d.vatNumber() + "|" + d.addressKey()), "duplicate " + d);
            assertFalse(DemoNetwork.tariffs(d).isEmpty(), "every type has services: " + d.type());
        }
        assertTrue(facilities.stream().anyMatch(d -> Long.valueOf(42L).equals(d.cooperativeTenantId())),
                "some are linked to the demo cooperative");
    }
}
