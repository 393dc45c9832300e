package it.mutua.app.member.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The fields that differ between two snapshots of a member, each with its old and new value. An IBAN is kept only
 * masked (country, check digits and last four characters): the history proves that it changed without becoming a
 * second copy of everyone's bank details.
 */
public record MemberChanges(Map<String, String[]> fields) {

    public MemberChanges {
        fields = Map.copyOf(fields);
    }

    public static MemberChanges between(Map<String, String> before, Map<String, String> after) {
        Map<String, String[]> diff = new LinkedHashMap<>();
        for (var e : after.entrySet()) {
            String old = before.get(e.getKey());
            if (!Objects.equals(old, e.getValue())) {
                diff.put(e.getKey(), new String[] {mask(e.getKey(), old), mask(e.getKey(), e.getValue())});
            }
        }
        return new MemberChanges(new LinkedHashMap<>(diff));
    }

    /** A note without field changes (e.g. an enrolment): {@code {"note":[null,"text"]}}. */
    public static MemberChanges note(String text) {
        Map<String, String[]> m = new LinkedHashMap<>();
        m.put("note", new String[] {null, text});
        return new MemberChanges(m);
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    static String mask(String field, String value) {
        if (!"iban".equals(field) || value == null || value.length() < 8) {
            return value;
        }
        return value.substring(0, 4) + "*".repeat(value.length() - 8) + value.substring(value.length() - 4);
    }

    /** Stable JSON, fields sorted by name. */
    public String toJson() {
        StringBuilder b = new StringBuilder("{");
        fields.keySet().stream().sorted().forEach(k -> {
            if (b.length() > 1) {
                b.append(',');
            }
            String[] v = fields.get(k);
            b.append(quote(k)).append(":[").append(quote(v[0])).append(',').append(quote(v[1])).append(']');
        });
        return b.append('}').toString();
    }

    private static String quote(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
