package dev.gatehouse.devmode;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.Test;

/**
 * The developer mode is a launcher beside bootstrap: it starts the application as it is and reaches
 * nothing of Gatehouse but its entry point, so what runs here is what runs in production. The
 * coding rules of bootstrap's ArchitectureTest (which cannot see this module) hold here too.
 */
class DevModeArchitectureTest {
    private static final JavaClasses DEV_MODE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.gatehouse.devmode");

    @Test
    void reachesGatehouseOnlyThroughItsApplicationClass() {
        noClasses()
                .that()
                .resideInAPackage("dev.gatehouse.devmode..")
                .should()
                .dependOnClassesThat(describe(
                        "Gatehouse classes other than bootstrap.GatehouseApplication",
                        c -> c.getPackageName().startsWith("dev.gatehouse.")
                                && !c.getPackageName().startsWith("dev.gatehouse.devmode")
                                && !c.getFullName().equals("dev.gatehouse.bootstrap.GatehouseApplication")))
                .check(DEV_MODE);
    }

    @Test
    void followsTheCodingRules() {
        GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(DEV_MODE);
        GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(DEV_MODE);
        GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION.check(DEV_MODE);
    }
}
