package dev.gatehouse.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The product's main classes, all modules, held to the hexagon's rules. */
class ArchitectureTest {
    private static final ArchitectureRules RULES = new ArchitectureRules("dev.gatehouse");
    private static JavaClasses product;

    @BeforeAll
    static void importMainClasses() {
        // Main classes of every module, whether Maven hands them over as folders or as jars;
        // test folders and test-jars (fakes, fixtures) are left out.
        product = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("dev.gatehouse");
    }

    @Test
    void seesTheMainClassesOfEveryModule() {
        assertThat(product.stream().map(JavaClass::getPackageName))
                .anyMatch(p -> p.startsWith("dev.gatehouse.domain"))
                .anyMatch(p -> p.startsWith("dev.gatehouse.application"))
                .anyMatch(p -> p.startsWith("dev.gatehouse.adapter.in.rest"))
                .anyMatch(p -> p.startsWith("dev.gatehouse.adapter.out.security"))
                .anyMatch(p -> p.startsWith("dev.gatehouse.adapter.out.persistence.jooq"))
                .anyMatch(p -> p.startsWith("dev.gatehouse.adapter.out.metrics"))
                .anyMatch(p -> p.startsWith("dev.gatehouse.adapter.out.mail"))
                .anyMatch(p -> p.startsWith("dev.gatehouse.bootstrap"))
                .noneMatch(
                        p -> p.startsWith("dev.gatehouse.archfixture") || p.startsWith("dev.gatehouse.domain.testing"));
    }

    @Test
    void domainIsFrameworkFree() {
        RULES.domainIsFrameworkFree().check(product);
    }

    @Test
    void applicationIsFrameworkFree() {
        RULES.applicationIsFrameworkFree().check(product);
    }

    @Test
    void onlyBootstrapReachesApplicationAndAdapters() {
        RULES.onlyBootstrapReachesApplicationAndAdapters().check(product);
    }

    @Test
    void drivingAdaptersDoNotReachDrivenPorts() {
        RULES.drivingAdaptersDoNotReachDrivenPorts().check(product);
    }

    @Test
    void drivingAndDrivenAdaptersAreIndependent() {
        RULES.drivingAndDrivenAdaptersAreIndependent().check(product);
        RULES.drivenAdaptersDoNotReachDrivingAdapters().check(product);
    }

    @Test
    void portsAreImplementedWhereTheyBelong() {
        RULES.drivenPortsAreImplementedInAdapters().check(product);
        RULES.drivingPortsAreImplementedByApplicationServices().check(product);
    }

    @Test
    void generatedJooqStaysInPersistence() {
        RULES.generatedJooqStaysInPersistence().check(product);
    }

    @Test
    void codingRules() {
        RULES.noPackageCycles().check(product);
        RULES.noFieldInjection().check(product);
        RULES.noStandardStreams().check(product);
        RULES.noJavaUtilLogging().check(product);
        RULES.coreDoesNotLog().check(product);
    }
}
