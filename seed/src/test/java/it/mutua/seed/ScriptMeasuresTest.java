package it.mutua.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ScriptMeasuresTest {

    @Test
    void theClaimsScriptsResultLineIsReadForBatchesAndSingleClaims() {
        String batch = """
                baseline GET /api/tenants/nazionale: 400 requests, 512.3 req/s, median 7.1 ms
                claims=5000 batch=500 clients=4 members=200 ok=5000 failed=0 elapsed=3.05 s throughput=1637.9 claims/s \
                request latency median=1180.4 ms p95=1502.0 ms max=1600.2 ms
                """;
        var b = ScriptMeasures.ClaimsResult.parse(batch).orElseThrow();
        assertEquals(0, b.failed());
        assertEquals(1637.9, b.perSecond(), 1e-9);
        assertEquals("1180.4", b.medianMillis());
        assertEquals("1502.0", b.p95Millis());

        String single = "claims=3000 batch=single clients=16 members=200 ok=2990 failed=10 elapsed=21.52 s "
                + "throughput=139.4 claims/s request latency median=98.0 ms p95=210.5 ms max=400.0 ms";
        var s = ScriptMeasures.ClaimsResult.parse(single).orElseThrow();
        assertEquals(10, s.failed());
        assertEquals(139.4, s.perSecond(), 1e-9);
    }

    @Test
    void outputWithoutAResultLineIsNoResult() {
        assertTrue(ScriptMeasures.ClaimsResult.parse("Exception in thread \"main\" java.net.ConnectException").isEmpty());
    }
}
