package it.mutua.app.network.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import it.mutua.app.kernel.RuleViolation;

/**
 * The ISTAT reference list of municipalities ({@code network/comuni.csv} on the classpath, provenance in the README
 * next to it), loaded once. It decides whether the region, province and municipality codes of an address exist and
 * agree with each other.
 */
public final class Places {

    private static final String RESOURCE = "network/comuni.csv";
    private static final Places INSTANCE = load();

    private final Map<String, Municipality> byCode;
    private final Set<String> regions;
    private final Set<String> provinces;

    private Places(Map<String, Municipality> byCode) {
        this.byCode = Collections.unmodifiableMap(byCode);
        Set<String> r = new HashSet<>();
        Set<String> p = new HashSet<>();
        byCode.values().forEach(m -> {
            r.add(m.regionCode());
            p.add(m.provinceCode());
        });
        this.regions = Set.copyOf(r);
        this.provinces = Set.copyOf(p);
    }

    public static Places italy() {
        return INSTANCE;
    }

    /**
     * The municipality with this 6-digit ISTAT code, checked against the region and province codes when they are
     * given. A code of the wrong shape is 400; a well-formed code that does not exist, or a municipality outside the
     * stated region or province, is 422 ({@link RuleViolation#unprocessable}).
     */
    public Municipality municipality(String regionCode, String provinceCode, String municipalityCode) {
        String code = digits(municipalityCode, 6, "municipalityCode");
        Municipality m = byCode.get(code);
        if (m == null) {
            throw RuleViolation.unprocessable("municipalityCode", "network.place.unknownMunicipality", code);
        }
        if (regionCode != null && !regionCode.isBlank()) {
            String region = region(regionCode);
            if (!region.equals(m.regionCode())) {
                throw RuleViolation.unprocessable("regionCode", "network.place.otherRegion", m.name(), region);
            }
        }
        if (provinceCode != null && !provinceCode.isBlank()) {
            String province = province(provinceCode);
            if (!province.equals(m.provinceCode())) {
                throw RuleViolation.unprocessable("provinceCode", "network.place.otherProvince", m.name(), province);
            }
        }
        return m;
    }

    /** A region filter: 2 digits ("3" is read as "03"), existing. */
    public String region(String raw) {
        String code = digits(raw.strip().length() == 1 ? "0" + raw.strip() : raw, 2, "region");
        if (!regions.contains(code)) {
            throw RuleViolation.unprocessable("region", "network.place.unknownRegion", code);
        }
        return code;
    }

    /** A province filter: 3 digits (ISTAT province code, e.g. 017 Brescia), existing. */
    public String province(String raw) {
        String code = digits(raw, 3, "province");
        if (!provinces.contains(code)) {
            throw RuleViolation.unprocessable("province", "network.place.unknownProvince", code);
        }
        return code;
    }

    /** Every municipality, in ISTAT code order (for generating demo data). */
    public List<Municipality> all() {
        return List.copyOf(byCode.values());
    }

    private static String digits(String raw, int length, String field) {
        String s = raw == null ? "" : raw.strip();
        if (s.length() != length || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw RuleViolation.invalid(field, "network.place.codeFormat", s, length);
        }
        return s;
    }

    private static Places load() {
        InputStream in = Places.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException(RESOURCE + " is missing from the classpath");
        }
        Map<String, Municipality> map = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            r.readLine(); // header: istat_code;name;region_code;region_name;province_code;province_name;province_abbr;belfiore_code;cap;population
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                List<String> f = split(line);
                map.put(f.get(0), new Municipality(f.get(0), f.get(1), f.get(2), f.get(4), f.get(6), f.get(8),
                        f.get(9).isBlank() ? 0 : Integer.parseInt(f.get(9))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Places(map);
    }

    private static List<String> split(String line) {
        List<String> out = new ArrayList<>(10);
        int start = 0;
        for (int i = line.indexOf(';'); i >= 0; i = line.indexOf(';', start)) {
            out.add(line.substring(start, i));
            start = i + 1;
        }
        out.add(line.substring(start));
        return out;
    }
}
