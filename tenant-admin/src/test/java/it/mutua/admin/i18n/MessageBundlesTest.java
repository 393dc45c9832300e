package it.mutua.admin.i18n;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every translation key the code uses exists in both bundles, and both bundles have the same keys.
 * "Used" = every string literal in src/main/java that starts with one of the bundles' top-level
 * prefixes (app., login., menu., tenant., ...), plus the coded values translated by prefix.
 */
class MessageBundlesTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][a-z0-9_]*(?:\\.[A-Za-z0-9_]+)+)\"");

    @Test
    void bothBundlesHaveTheSameKeys() throws IOException {
        Set<String> italian = keys("it");
        Set<String> english = keys("en");
        assertEquals(italian, english, "keys differ between messages_it and messages_en");
    }

    @Test
    void everyKeyUsedInTheCodeExistsInBothBundles() throws IOException {
        Set<String> prefixes = prefixes(keys("it"));
        Set<String> used = usedKeys(prefixes);
        assertFalse(used.isEmpty(), "no keys found: is the scan looking at the sources?");
        for (String lang : new String[] {"it", "en"}) {
            Set<String> missing = new TreeSet<>(used);
            missing.removeAll(keys(lang));
            assertTrue(missing.isEmpty(), "missing in messages_" + lang + ": " + missing);
        }
    }

    @Test
    void codedValuesHaveTranslations() throws IOException {
        Set<String> italian = keys("it");
        Set<String> expected = new TreeSet<>();
        Stream.of("NATIONAL", "REGIONAL", "FEDERATION", "COOPERATIVE").forEach(v -> expected.add("tenant.kind." + v));
        Stream.of("PROVISIONING", "ACTIVE", "SUSPENDED", "ARCHIVED").forEach(v -> expected.add("tenant.status." + v));
        Stream.of("SOCIAL", "HOUSING", "COMMUNITY").forEach(v -> expected.add("tenant.sector." + v));
        expected.removeAll(italian);
        assertTrue(expected.isEmpty(), "no translation for " + expected);
    }

    @Test
    void apostrophesAreDoubledExactlyInTextsThatTakeParameters() throws IOException {
        // getTranslation(key) returns a text without parameters as written; with parameters it goes through
        // MessageFormat, where a single apostrophe would swallow the placeholder after it.
        Pattern placeholder = Pattern.compile("\\{\\d");
        for (String lang : new String[] {"it", "en"}) {
            Properties bundle = load(lang);
            bundle.forEach((key, value) -> {
                String text = value.toString();
                if (placeholder.matcher(text).find()) {
                    assertFalse(text.replace("''", "").contains("'"), lang + ": single apostrophe in " + key + " = " + text);
                } else {
                    assertFalse(text.contains("''"), lang + ": doubled apostrophe without parameters in " + key + " = " + text);
                }
            });
        }
    }

    @Test
    void noValueIsEmpty() throws IOException {
        for (String lang : new String[] {"it", "en"}) {
            Properties bundle = load(lang);
            bundle.forEach((key, value) -> assertFalse(value.toString().isBlank(), lang + ": " + key));
        }
    }

    @Test
    void providerServesItalianByDefaultAndFormatsParameters() {
        MessagesI18NProvider provider = new MessagesI18NProvider();
        assertAll(
                () -> assertEquals("Accedi", provider.getTranslation("login.submit", Locale.ITALIAN)),
                () -> assertEquals("Sign in", provider.getTranslation("login.submit", Locale.UK)),
                () -> assertEquals("Accedi", provider.getTranslation("login.submit", Locale.GERMAN)),
                () -> assertEquals("Comunità", provider.getTranslation("tenant.sector.COMMUNITY", Locale.ITALIAN)),
                () -> assertEquals("The operation failed (error 500).", provider.getTranslation("error.generic", Locale.ENGLISH, 500)),
                () -> assertTrue(MessagesI18NProvider.isMissing(provider.getTranslation("no.such.key", Locale.ITALIAN))));
    }

    private static Set<String> usedKeys(Set<String> prefixes) throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = LITERAL.matcher(Files.readString(file));
                while (matcher.find()) {
                    String literal = matcher.group(1);
                    if (prefixes.contains(literal.substring(0, literal.indexOf('.'))) && !literal.endsWith(".")) {
                        used.add(literal);
                    }
                }
            }
        }
        return used;
    }

    private static Set<String> prefixes(Set<String> keys) {
        Set<String> prefixes = new TreeSet<>();
        keys.forEach(key -> prefixes.add(key.substring(0, key.indexOf('.'))));
        return prefixes;
    }

    private static Set<String> keys(String lang) throws IOException {
        return new TreeSet<>(load(lang).stringPropertyNames());
    }

    private static Properties load(String lang) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/i18n/messages_" + lang + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
