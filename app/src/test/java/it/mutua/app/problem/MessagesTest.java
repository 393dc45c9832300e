package it.mutua.app.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MessagesTest {

    /** The families of message codes; other dotted literals (config keys like {@code mutua.db.*}, JPQL) are not codes. */
    private static final Pattern CODE_LITERAL = Pattern.compile(
            "\"((?:request|auth|tenant|regional|user|member|migration|enrolment|coverage)\\.[a-z0-9_]+(?:\\.[a-z0-9_]+)*)\"(?!\\s*\\+)");
    /** The start of a code built at run time, e.g. {@code "tenant." + field + ".required"}. */
    private static final Pattern CODE_PREFIX = Pattern.compile(
            "\"((?:request|auth|tenant|regional|user|member|migration|enrolment|coverage)\\.[a-z0-9_.]*)\"\\s*\\+");
    /** A literal passed where the methods that take a message code expect it: first argument, or after the field. */
    private static final Pattern CODE_ARGUMENT = Pattern.compile(
            "(?:RuleViolation\\.conflict|ProblemException\\.(?:notFound|badRequest|conflict|forbidden))"
                    + "\\(\\s*\"([^\"]+)\"(?!\\s*\\+)"
                    + "|(?:RuleViolation\\.invalid|RuleViolation\\.unprocessable|ProblemException\\.invalidField|new ViolationCode"
                    + "|new ProblemException|Problem\\.response)\\(\\s*[^,()]+,\\s*\"([^\"]+)\"(?!\\s*\\+)");

    private static Properties bundle(String language) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/i18n/messages_" + language + ".properties")) {
            if (in == null) {
                throw new IllegalStateException("bundle " + language + " not on the class path");
            }
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        }
        return p;
    }

    private static Path mainSources() {
        String basedir = System.getProperty("basedir");
        Path module = basedir != null ? Path.of(basedir) : Path.of("").toAbsolutePath();
        Path sources = module.resolve("src/main/java/it/mutua/app");
        if (!Files.isDirectory(sources)) {
            throw new IllegalStateException("main sources not found at " + sources.toAbsolutePath());
        }
        return sources;
    }

    private static Set<String> codesUsedInMainCode() throws IOException {
        return scan(false);
    }

    private static Set<String> codePrefixesUsedInMainCode() throws IOException {
        return scan(true);
    }

    private static Set<String> scan(boolean prefixes) throws IOException {
        Set<String> codes = new TreeSet<>();
        Set<String> starts = new TreeSet<>();
        try (Stream<Path> files = Files.walk(mainSources())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher literal = CODE_LITERAL.matcher(source);
                while (literal.find()) {
                    codes.add(literal.group(1));
                }
                Matcher argument = CODE_ARGUMENT.matcher(source);
                while (argument.find()) {
                    codes.add(argument.group(1) != null ? argument.group(1) : argument.group(2));
                }
                Matcher prefix = CODE_PREFIX.matcher(source);
                while (prefix.find()) {
                    starts.add(prefix.group(1));
                }
            }
        }
        return prefixes ? starts : codes;
    }

    @Test
    void bothBundlesHaveExactlyTheSameKeys() throws IOException {
        Set<String> italian = bundle("it").stringPropertyNames();
        Set<String> english = bundle("en").stringPropertyNames();
        Set<String> onlyItalian = new TreeSet<>(italian);
        onlyItalian.removeAll(english);
        Set<String> onlyEnglish = new TreeSet<>(english);
        onlyEnglish.removeAll(italian);
        assertTrue(onlyItalian.isEmpty() && onlyEnglish.isEmpty(),
                "only in Italian: " + onlyItalian + ", only in English: " + onlyEnglish);
    }

    @Test
    void noMessageIsBlank() throws IOException {
        for (String language : List.of("it", "en")) {
            Properties p = bundle(language);
            Set<String> blank = p.stringPropertyNames().stream().filter(k -> p.getProperty(k).isBlank())
                    .collect(Collectors.toCollection(TreeSet::new));
            assertTrue(blank.isEmpty(), language + ": blank messages " + blank);
        }
    }

    @Test
    void everyMessageCodeUsedInMainCodeExistsInBothBundles() throws IOException {
        Set<String> used = codesUsedInMainCode();
        assertTrue(used.size() > 50, "the scan found too few codes to be trusted: " + used);
        for (String language : List.of("it", "en")) {
            Set<String> keys = bundle(language).stringPropertyNames();
            Set<String> missing = used.stream().filter(c -> !keys.contains(c))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertTrue(missing.isEmpty(), "codes missing from messages_" + language + ": " + missing);
        }
    }

    @Test
    void everyCodeBuiltAtRunTimeStartsLikeSomeKeyOfBothBundles() throws IOException {
        Set<String> prefixes = codePrefixesUsedInMainCode();
        for (String language : List.of("it", "en")) {
            Set<String> keys = bundle(language).stringPropertyNames();
            Set<String> orphan = prefixes.stream().filter(p -> keys.stream().noneMatch(k -> k.startsWith(p)))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertTrue(orphan.isEmpty(), "no key of messages_" + language + " starts with " + orphan);
        }
    }

    @Test
    void theCodesTenantServiceBuildsForTheParentFieldExistInBothBundles() throws IOException {
        // TenantService.visibleTenant(principal, code, "parent") throws "tenant." + field + ".required"/".not_found"
        for (String language : List.of("it", "en")) {
            Set<String> keys = bundle(language).stringPropertyNames();
            assertTrue(keys.contains("tenant.parent.required"), language);
            assertTrue(keys.contains("tenant.parent.not_found"), language);
        }
    }

    @Test
    void theScanFindsCodesPassedToEachKindOfThrower() throws IOException {
        Set<String> used = codesUsedInMainCode();
        // one per route into a message: RuleViolation.invalid, RuleViolation.conflict, ProblemException factories,
        // and a code outside the known families would still be caught through the argument pattern
        assertTrue(used.contains("tenant.code.format"), "RuleViolation.invalid");
        assertTrue(used.contains("tenant.move.only_cooperatives"), "RuleViolation.conflict");
        assertTrue(used.contains("tenant.not_found"), "ProblemException.notFound");
        assertTrue(used.contains("request.invalid"), "ProblemException.invalidField");
        assertFalse(used.contains("mutua.db.embedded"), "configuration keys are not message codes");
        assertFalse(used.contains("tenant."), "the start of a built code is not a code");
        assertTrue(codePrefixesUsedInMainCode().contains("tenant."), "built codes are seen as prefixes");
    }

    @Test
    void everyCodeRendersToItsOwnTextInBothLanguages() throws IOException {
        for (String code : bundle("it").stringPropertyNames()) {
            String italian = Messages.text(Locale.ITALIAN, code, "X", "Y");
            String english = Messages.text(Locale.ENGLISH, code, "X", "Y");
            assertFalse(italian.equals(code), code + " did not resolve in Italian");
            assertFalse(english.equals(code), code + " did not resolve in English");
        }
    }

    @ParameterizedTest(name = "Accept-Language {0} gets Italian")
    @ValueSource(strings = {"de-DE", "fr", "es-ES", "zh-CN", "*"})
    void italianIsTheDefaultForAnUnknownAcceptLanguage(String tag) {
        Locale chosen = Messages.choose(List.of(Locale.forLanguageTag(tag)));
        assertEquals("it", chosen.getLanguage());
        assertEquals("Ente non trovato: 42", Messages.text(chosen, "tenant.not_found", 42));
    }

    @Test
    void italianIsTheDefaultWhenNoLanguageIsAcceptableOrTheLocaleIsMissing() {
        assertEquals("it", Messages.choose(List.of()).getLanguage());
        assertEquals("Ente non trovato: 42", Messages.text(null, "tenant.not_found", 42));
        assertEquals("Ente non trovato: 42", Messages.text(Locale.GERMAN, "tenant.not_found", 42));
    }

    @Test
    void italianIsTheDefaultEvenWhenTheJvmDefaultLocaleIsEnglish() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertEquals("Ente non trovato: 42", Messages.text(Locale.FRENCH, "tenant.not_found", 42));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void englishIsChosenWhenTheRequestPrefersItAndTheFirstKnownLanguageWins() {
        assertEquals("en", Messages.choose(List.of(Locale.forLanguageTag("de"), Locale.forLanguageTag("en-GB")))
                .getLanguage());
        assertEquals("it", Messages.choose(List.of(Locale.forLanguageTag("it-CH"), Locale.ENGLISH)).getLanguage());
        assertEquals("Tenant not found: 42", Messages.text(Locale.forLanguageTag("en-US"), "tenant.not_found", 42));
    }

    @Test
    void apostrophesRenderSinglyWithoutArguments() {
        String text = Messages.text(Locale.ITALIAN, "tenant.national.exists");
        assertTrue(text.startsWith("L'ente nazionale"), text);
        assertFalse(text.contains("''"), text);
    }

    @Test
    void apostrophesRenderSinglyAroundArguments() {
        String text = Messages.text(Locale.ITALIAN, "tenant.not_administrable", "coop-arcobaleno");
        assertEquals("Non si può amministrare l'ente coop-arcobaleno: spetta agli enti sovraordinati.", text);
    }

    @Test
    void noRenderedMessageKeepsADoubledApostropheOrAnUnfilledPlaceholder() throws IOException {
        for (Locale locale : List.of(Locale.ITALIAN, Locale.ENGLISH)) {
            for (String code : bundle(locale.getLanguage()).stringPropertyNames()) {
                String text = Messages.text(locale, code, "X", "Y");
                assertFalse(text.contains("''"), locale + " " + code + ": " + text);
                assertFalse(text.matches(".*\\{\\d.*"), locale + " " + code + ": " + text);
            }
        }
    }

    @Test
    void everyApostropheInTheBundlesIsDoubledForMessageFormat() throws IOException {
        for (String language : List.of("it", "en")) {
            Properties p = bundle(language);
            Set<String> single = p.stringPropertyNames().stream()
                    .filter(k -> p.getProperty(k).replace("''", "").contains("'"))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertTrue(single.isEmpty(), "messages_" + language + " has a single apostrophe (MessageFormat would "
                    + "swallow it and quote the rest) in " + single);
        }
    }

    @Test
    void anUnknownCodeRendersAsItself() {
        assertEquals("no.such.code", Messages.text(Locale.ITALIAN, "no.such.code"));
    }
}
