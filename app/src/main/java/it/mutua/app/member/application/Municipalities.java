package it.mutua.app.member.application;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import it.mutua.app.kernel.RuleViolation;
import it.mutua.app.member.domain.Municipality;

/**
 * The ISTAT list of Italian municipalities (resource {@code /reference/comuni.csv}, see its README for provenance),
 * loaded once: about 8,000 rows, well under a megabyte in memory. Looked up by ISTAT code (6 digits) or cadastral
 * (Belfiore) code (a letter and 3 digits).
 */
public final class Municipalities {

    private static final String RESOURCE = "/reference/comuni.csv";
    private static final Map<String, Municipality> BY_CODE = load();

    private Municipalities() {
    }

    public static Optional<Municipality> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_CODE.get(code.strip().toUpperCase(Locale.ROOT)));
    }

    /** 400 {@code member.address.municipality} when the code is not an Italian municipality. */
    public static Municipality require(String code) {
        return find(code).orElseThrow(() -> RuleViolation.invalid("address.municipality", "member.address.municipality",
                code == null ? "" : code));
    }

    public static int size() {
        return (int) BY_CODE.values().stream().distinct().count();
    }

    private static Map<String, Municipality> load() {
        Map<String, Municipality> byCode = new HashMap<>();
        try (InputStream in = Municipalities.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " missing from the application");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] f = line.split(";", -1);
                if (f.length < 10) {
                    continue;
                }
                var m = new Municipality(f[0], f[1], f[2], f[6], f[7], f[8]);
                byCode.put(m.istatCode(), m);
                byCode.put(m.cadastralCode(), m);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(byCode);
    }
}
