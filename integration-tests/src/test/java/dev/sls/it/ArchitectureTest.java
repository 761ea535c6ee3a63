package dev.sls.it;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.core.importer.Locations;
import com.tngtech.archunit.library.dependencies.Slice;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The three tiers the project keeps, read from the classes on this module's class path (the drop-in jar, the
 * reference device and the protocol module it uses): <b>devices</b> never import each other; <b>capabilities</b> use
 * core and other capabilities without cycles and never a device; <b>core</b> imports neither. Plus: the protocol
 * module and the reference devices run without Keycloak, nothing shipped uses test support, and nothing is written to
 * a Keycloak store without a lifespan.
 */
class ArchitectureTest {

    static final Set<String> DEVICES = Set.of("codecard", "ibkey", "dscplus", "sms", "temporary");
    static final Set<String> CAPABILITIES = Set.of("wait", "rest", "mobile", "chooser", "level", "withdrawal", "binding",
            "settings", "recovery", "optout", "sharing", "console");
    static final String CORE = "core";
    /** Top-level packages that are not product code: relocated libraries and the test kit. */
    private static final Set<String> NOT_TIERED = Set.of("shaded", "testkit", "it", "theme");

    private static final ImportOption PRODUCT = location -> !location.contains("/test-classes/")
            && !location.contains("sls-testkit") && !location.contains("/testkit/target/")
            && !location.contains("/dev/sls/shaded/");

    private static final JavaClasses SHIPPED = classesFrom("sls-keycloak", "bundle");
    private static final JavaClasses PROTOCOL = classesFrom("sls-protocol", "protocol");
    private static final JavaClasses REFERENCE_DEVICE = classesFrom("sls-device-client", "device-client");

    /** The classes under {@code dev.sls} of one artifact on the class path (its jar, or its classes in the reactor). */
    private static JavaClasses classesFrom(String artifact, String moduleDir) {
        List<Location> locations = Locations.ofPackage("dev.sls").stream()
                .filter(location -> location.contains(artifact) || location.contains("/" + moduleDir + "/target/"))
                .toList();
        assertFalse(locations.isEmpty(), artifact + " is not on the class path");
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(PRODUCT).importLocations(locations);
    }

    private static String topLevel(JavaClass type) {
        String rest = type.getPackageName().substring("dev.sls.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static String[] packagesOf(Set<String> names) {
        return names.stream().map(name -> "dev.sls." + name + "..").toArray(String[]::new);
    }

    @Test
    void everyTopLevelPackageIsADeviceACapabilityOrCore() {
        Set<String> found = Stream.of(SHIPPED, REFERENCE_DEVICE).flatMap(JavaClasses::stream)
                .filter(type -> type.getPackageName().startsWith("dev.sls."))
                .map(ArchitectureTest::topLevel).filter(name -> !NOT_TIERED.contains(name))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> unknown = new TreeSet<>(found);
        unknown.removeAll(DEVICES);
        unknown.removeAll(CAPABILITIES);
        unknown.remove(CORE);
        assertEquals(Set.of(), unknown, "name each new top-level package a device or a capability in this test");
        assertTrue(found.containsAll(DEVICES) && found.containsAll(CAPABILITIES), "packages found: " + found);
    }

    @Test
    void everyTopLevelPackageSaysWhatLivesThere() {
        for (String name : Stream.of(DEVICES, CAPABILITIES, Set.of(CORE)).flatMap(Set::stream).toList()) {
            assertTrue(SHIPPED.containPackage("dev.sls." + name)
                            && SHIPPED.getPackage("dev.sls." + name).tryGetPackageInfo().isPresent(),
                    "dev.sls." + name + " has a package-info.java");
        }
    }

    @Test
    void devicesNeverImportEachOther() {
        for (String device : DEVICES) {
            Set<String> others = new TreeSet<>(DEVICES);
            others.remove(device);
            noClasses().that().resideInAPackage("dev.sls." + device + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(packagesOf(others))
                    .because("a device uses core and capabilities, never another device")
                    .check(SHIPPED);
            noClasses().that().resideInAPackage("dev.sls." + device + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(packagesOf(others))
                    .allowEmptyShould(true)
                    .check(REFERENCE_DEVICE);
        }
    }

    @Test
    void capabilitiesKnowNoDevice() {
        noClasses().that().resideInAnyPackage(packagesOf(CAPABILITIES))
                .should().dependOnClassesThat().resideInAnyPackage(packagesOf(DEVICES))
                .because("devices take part in a capability through the small interface it owns")
                .check(SHIPPED);
    }

    @Test
    void coreKnowsNoDeviceAndNoCapability() {
        Set<String> above = new TreeSet<>(DEVICES);
        above.addAll(CAPABILITIES);
        noClasses().that().resideInAPackage("dev.sls.core..")
                .should().dependOnClassesThat().resideInAnyPackage(packagesOf(above))
                .because("core has no feature of its own")
                .check(SHIPPED);
    }

    @Test
    void capabilitiesHaveNoCycles() {
        slices().matching("dev.sls.(*)..")
                .that(DescribedPredicate.describe("are capabilities",
                        (Slice slice) -> CAPABILITIES.contains(slice.getNamePart(1))))
                .should().beFreeOfCycles()
                .check(SHIPPED);
    }

    @Test
    void protocolAndReferenceDevicesUseNoKeycloakClass() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.keycloak..", "jakarta.ws.rs..")
                .because("the protocol module and the reference devices run without Keycloak")
                .check(PROTOCOL);
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.keycloak..", "jakarta.ws.rs..")
                .check(REFERENCE_DEVICE);
    }

    @Test
    void nothingShippedUsesTestSupport() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("dev.sls.testkit..", "org.junit..")
                .because("the test kit and JUnit are for tests only")
                .check(SHIPPED);
        noClasses().should().dependOnClassesThat().resideInAnyPackage("dev.sls.testkit..")
                .check(REFERENCE_DEVICE);
    }

    @Test
    void nothingIsWrittenToTheStoreWithoutALifespan() {
        noClasses().should().callMethod("org.keycloak.models.SingleUseObjectProvider", "replace", "java.lang.String",
                        "java.util.Map")
                .because("in Keycloak 26.7.3 replace drops the entry's lifespan, so it would stay on every node for ever")
                .check(SHIPPED);
    }
}
