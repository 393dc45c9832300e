package it.mutua.app.member.importing.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;

/**
 * Where each known column sits in the file. Built from the first record; a missing required column or a column
 * given twice rejects the whole file (there is no sensible line-by-line report for a file whose shape is wrong).
 */
public final class PayrollHeader {

    private final Map<PayrollColumn, Integer> positions;
    private final int width;

    private PayrollHeader(Map<PayrollColumn, Integer> positions, int width) {
        this.positions = positions;
        this.width = width;
    }

    public static PayrollHeader of(CSVRecord first) {
        Map<PayrollColumn, Integer> positions = new EnumMap<>(PayrollColumn.class);
        for (int i = 0; i < first.size(); i++) {
            String raw = i == 0 ? stripBom(first.get(i)) : first.get(i);
            int index = i;
            PayrollColumn.ofHeader(raw).ifPresent(c -> {
                if (positions.put(c, index) != null) {
                    throw new PayrollFileException("member.import.column_twice", c.header());
                }
            });
        }
        List<String> missing = new ArrayList<>();
        for (PayrollColumn c : PayrollColumn.values()) {
            if (c.required() && !positions.containsKey(c)) {
                missing.add(c.header());
            }
        }
        if (!missing.isEmpty()) {
            throw new PayrollFileException("member.import.columns_missing", String.join(", ", missing));
        }
        return new PayrollHeader(positions, first.size());
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /** The field's value, stripped; empty when the column is absent or the cell is blank. */
    public String value(CSVRecord record, PayrollColumn column) {
        Integer i = positions.get(column);
        if (i == null || i >= record.size()) {
            return "";
        }
        return record.get(i).strip();
    }

    public int width() {
        return width;
    }

    public boolean has(PayrollColumn column) {
        return positions.containsKey(column);
    }
}
