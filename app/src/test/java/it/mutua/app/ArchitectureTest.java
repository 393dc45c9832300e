package it.mutua.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The structure of the app module. ArchUnit rules over the main classes, plus two file scans over the main sources
 * (package-info and file length), which ArchUnit cannot see: a package-info without annotations compiles to nothing.
 */
@AnalyzeClasses(packages = "it.mutua.app", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final int MAX_LINES = 400;

    /** The multi-tenancy plumbing, whose classes nothing else may touch directly. */
    private static final String TENANCY_INTERNALS =
            "it\\.mutua\\.app\\.tenancy\\.(TenantContext|TenantIdentifierResolver|SchemaPerTenantConnectionProvider"
                    + "|NewTransaction)(\\$.*)?";

    @ArchTest
    static final ArchRule domainPackagesDependNeitherOnJaxRsNorOnTheApiNorOnPersistencePackages =
            noClasses().that().resideInAPackage("it.mutua.app..domain..")
                    .should().dependOnClassesThat()
                    .resideInAnyPackage("jakarta.ws.rs..", "it.mutua.app..api..", "it.mutua.app..persistence..")
                    .because("the domain is the rules, not their transport or storage (JPA mapping annotations on "
                            + "entities are allowed: jakarta.persistence is not an app persistence package)");

    @ArchTest
    static final ArchRule onlyTheTenancyPackageUsesTheHibernateMultiTenancySpisAndJndi =
            noClasses().that().resideOutsideOfPackage("it.mutua.app.tenancy..")
                    .should().dependOnClassesThat()
                    .resideInAnyPackage("org.hibernate.engine.jdbc.connections..", "org.hibernate.context..",
                            "javax.naming..")
                    .because("schema switching and data-source lookup are done in one place");

    /** Guards the rule above against seeing nothing: the SPI dependency really is visible to the importer. */
    @ArchTest
    static final ArchRule theConnectionProviderIsSeenImplementingTheHibernateSpi =
            classes().that().haveFullyQualifiedName("it.mutua.app.tenancy.SchemaPerTenantConnectionProvider")
                    .should().dependOnClassesThat().resideInAPackage("org.hibernate.engine.jdbc.connections..");

    @ArchTest
    static final ArchRule nothingOutsideTenancyTouchesTheTenantContextResolverConnectionProviderOrNewTransaction =
            noClasses().that().resideOutsideOfPackage("it.mutua.app.tenancy..")
                    .should().dependOnClassesThat().haveNameMatching(TENANCY_INTERNALS)
                    .because("the current tenant is set and read only through the tenancy package's API");

    @ArchTest
    static final ArchRule jaxRsResourcesLiveInApiPackages =
            classes().that().areAnnotatedWith(jakarta.ws.rs.Path.class)
                    .should().resideInAPackage("it.mutua.app..api..");

    @ArchTest
    static final ArchRule featurePackagesAreFreeOfCyclesAtTheTopLevel =
            slices().matching("it.mutua.app.(*)..").should().beFreeOfCycles();

    private static Path mainSources() {
        String basedir = System.getProperty("basedir");
        Path module = basedir != null ? Path.of(basedir) : Path.of("").toAbsolutePath();
        Path sources = module.resolve("src/main/java/it/mutua/app");
        if (!Files.isDirectory(sources)) {
            throw new IllegalStateException("main sources not found at " + sources.toAbsolutePath());
        }
        return sources;
    }

    private static List<Path> mainJavaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(mainSources())) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }

    @Test
    void everyPackageOfMainCodeHasAPackageInfo() throws IOException {
        List<Path> files = mainJavaFiles();
        TreeSet<Path> packages = files.stream().map(Path::getParent).collect(Collectors.toCollection(TreeSet::new));
        TreeSet<Path> documented = files.stream().filter(f -> f.getFileName().toString().equals("package-info.java"))
                .map(Path::getParent).collect(Collectors.toCollection(TreeSet::new));
        assertTrue(packages.size() > 20, "the scan found too few packages to be trusted: " + packages);
        packages.removeAll(documented);
        assertTrue(packages.isEmpty(), "packages without package-info.java: "
                + packages.stream().map(p -> mainSources().relativize(p).toString()).toList());
    }

    @Test
    void noMainSourceFileExceedsFourHundredLines() throws IOException {
        Map<String, Integer> tooLong = new TreeMap<>();
        List<Path> files = mainJavaFiles();
        assertTrue(files.size() > 50, "the scan found too few files to be trusted: " + files.size());
        for (Path file : files) {
            int lines;
            try (Stream<String> s = Files.lines(file)) {
                lines = (int) s.count();
            }
            if (lines > MAX_LINES) {
                tooLong.put(mainSources().relativize(file).toString(), lines);
            }
        }
        assertTrue(tooLong.isEmpty(), "files over " + MAX_LINES + " lines: " + tooLong);
    }
}
