package it.mutua.seed;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** The harness's result table, printed as Markdown so it can go into docs/PERFORMANCE.md as it is. */
final class Table {

    /** One measure: what, the figure, the target, and whether it is met ("yes", "NO", "—" when there is no target). */
    record Row(String measure, String result, String target, String met) {
    }

    private final List<Row> rows = new ArrayList<>();

    void add(String measure, String result, String target, Boolean met) {
        rows.add(new Row(measure, result, target, met == null ? "—" : met ? "yes" : "NO"));
    }

    void notAvailable(String measure, String target, String why) {
        rows.add(new Row(measure, "not available yet (" + why + ")", target, "—"));
    }

    List<Row> rows() {
        return List.copyOf(rows);
    }

    void print(PrintStream out) {
        out.println("| measure | result | target | met |");
        out.println("|---|---|---|---|");
        for (Row r : rows) {
            out.println("| " + r.measure() + " | " + r.result() + " | " + r.target() + " | " + r.met() + " |");
        }
    }
}
