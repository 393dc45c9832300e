package it.mutua.seed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class WrkReadLoadTest {

    @Test
    void theScriptSendsEachCooperativesMembersWithThatCooperativesToken() {
        String lua = WrkReadLoad.lua(List.<String[]>of(new String[] {"s1-c1", "RSSMRA80A01H501U", "VRDLGU75B12F205X"},
                new String[] {"s1-c2", "BNCGPP70C03L219Q"}), Map.of("s1-c1", "tok-one", "s1-c2", "tok-two"));
        assertTrue(lua.contains("{\"Bearer tok-one\", {\"RSSMRA80A01H501U\",\"VRDLGU75B12F205X\"}}"), lua);
        assertTrue(lua.contains("{\"Bearer tok-two\", {\"BNCGPP70C03L219Q\"}}"), lua);
        assertTrue(lua.contains("\"/api/members/\" .. cf"), lua);
    }

    @Test
    void theResultLineOfTheDoneHookIsRead() {
        String output = "Running 20s test @ http://localhost:24980\n  2 threads and 32 connections\n"
                + "RESULT 41234 3 20.012 6.812 14.200 19.950\n";
        assertArrayEquals(new double[] {41234, 3, 20.012, 6.812, 14.2, 19.95}, WrkReadLoad.parse(output), 1e-9);
    }

    @Test
    void wrkWithoutAResultLineFailsTheMeasureInsteadOfReportingZero() {
        assertThrows(IllegalStateException.class, () -> WrkReadLoad.parse("unable to connect to localhost:24980"));
    }
}
