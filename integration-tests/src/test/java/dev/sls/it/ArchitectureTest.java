package dev.sls.it;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layout the project keeps: one package tree per device ({@code dev.sls.<device>}), shared pieces in
 * {@code dev.sls.core}, {@code dev.sls.wait} and {@code dev.sls.rest}, devices never importing each other, plain-Java
 * modules free of Keycloak, and test support used by tests only. Reads the compiled classes of each module.
 */
class ArchitectureTest {

    /**
     * Shared packages a device may use; everything else directly under {@code dev.sls} is a device. {@code phone} is
     * the mobile numbers every device that sends codes shares (verification, the message-sender SPI, limits); the
     * SMS second factor itself is the device {@code sms}.
     */
    private static final Set<String> SHARED = Set.of("core", "wait", "rest", "phone");
    private static final Set<String> NOT_SHIPPED = Set.of("testkit", "it");
    private static final List<String> SHIPPED_MODULES = List.of("protocol", "credential-providers", "authenticators");

    private static final Path ROOT = Path.of(System.getProperty("sls.repo.root", "..")).toAbsolutePath().normalize();

    private static JavaClasses classesOf(String... modules) {
        Path[] dirs = Stream.of(modules).map(m -> ROOT.resolve(m).resolve("target/classes")).toArray(Path[]::new);
        for (Path dir : dirs) {
            assertTrue(Files.isDirectory(dir), "compiled classes of " + dir + " (build the module first)");
        }
        return new ClassFileImporter().importPaths(dirs);
    }

    private static Set<String> devices() {
        Set<String> devices = new TreeSet<>();
        for (String module : List.of("protocol", "device-client", "credential-providers", "authenticators")) {
            Path base = ROOT.resolve(module).resolve("target/classes/dev/sls");
            try (Stream<Path> children = Files.list(base)) {
                children.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                        .filter(name -> !SHARED.contains(name) && !NOT_SHIPPED.contains(name)).forEach(devices::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return devices;
    }

    private static String[] packagesOf(Set<String> devices) {
        return devices.stream().map(d -> "dev.sls." + d + "..").toArray(String[]::new);
    }

    @Test
    void devicesNeverImportEachOther() {
        Set<String> devices = devices();
        assertTrue(devices.containsAll(Set.of("codecard", "ibkey", "dscplus")), "devices found: " + devices);
        JavaClasses classes = classesOf("protocol", "device-client", "credential-providers", "authenticators");
        for (String device : devices) {
            Set<String> others = new TreeSet<>(devices);
            others.remove(device);
            noClasses().that().resideInAPackage("dev.sls." + device + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(packagesOf(others))
                    .because("a device uses only dev.sls.core, dev.sls.wait, dev.sls.rest and dev.sls.phone")
                    .check(classes);
        }
    }

    @Test
    void sharedPackagesKnowNoDevice() {
        noClasses().that().resideInAnyPackage("dev.sls.core..", "dev.sls.wait..", "dev.sls.rest..", "dev.sls.phone..")
                .should().dependOnClassesThat().resideInAnyPackage(packagesOf(devices()))
                .because("what every device shares cannot depend on one of them")
                .check(classesOf("protocol", "device-client", "credential-providers", "authenticators"));
    }

    @Test
    void protocolAndReferenceDevicesUseNoKeycloakClass() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.keycloak..", "jakarta.ws.rs..")
                .because("the protocol module and the reference devices run without Keycloak")
                .check(classesOf("protocol", "device-client"));
    }

    @Test
    void nothingShippedUsesTestSupport() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("dev.sls.testkit..", "org.junit..")
                .because("the test kit and JUnit are for tests only")
                .check(classesOf(SHIPPED_MODULES.toArray(String[]::new)));
        noClasses().should().dependOnClassesThat().resideInAnyPackage("dev.sls.testkit..")
                .check(classesOf("device-client"));
    }

    @Test
    void nothingIsWrittenToTheStoreWithoutALifespan() {
        noClasses().should().callMethod("org.keycloak.models.SingleUseObjectProvider", "replace", "java.lang.String",
                        "java.util.Map")
                .because("in Keycloak 26.7.3 replace drops the entry's lifespan, so it would stay on every node for ever")
                .check(classesOf(SHIPPED_MODULES.toArray(String[]::new)));
    }
}
