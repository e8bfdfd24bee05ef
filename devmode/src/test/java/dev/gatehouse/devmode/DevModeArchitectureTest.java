package dev.gatehouse.devmode;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The developer mode is a launcher beside bootstrap: it starts the application as it is and reaches
 * nothing of Gatehouse but its entry point, so what runs here is what runs in production. The one
 * other thing it borrows is the TOTP arithmetic (RFC 6238 and Base32, plain JDK code), to compute a
 * code as an authenticator app would when it enrols its admin over HTTP; no service, port or
 * adapter. The coding rules of bootstrap's ArchitectureTest (which cannot see this module) hold here
 * too.
 */
class DevModeArchitectureTest {
    private static final JavaClasses DEV_MODE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.gatehouse.devmode");

    /** What the developer mode may use of Gatehouse: the entry point, and the TOTP arithmetic. */
    private static final Set<String> ALLOWED = Set.of(
            "dev.gatehouse.bootstrap.GatehouseApplication",
            "dev.gatehouse.domain.mfa.Totp",
            "dev.gatehouse.domain.mfa.TotpSecret",
            "dev.gatehouse.domain.mfa.Base32");

    @Test
    void reachesGatehouseOnlyThroughItsApplicationClassAndTheTotpArithmetic() {
        noClasses()
                .that()
                .resideInAPackage("dev.gatehouse.devmode..")
                .should()
                .dependOnClassesThat(describe(
                        "Gatehouse classes other than " + ALLOWED,
                        c -> c.getPackageName().startsWith("dev.gatehouse.")
                                && !c.getPackageName().startsWith("dev.gatehouse.devmode")
                                && !ALLOWED.contains(c.getFullName())))
                .check(DEV_MODE);
    }

    @Test
    void followsTheCodingRules() {
        GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(DEV_MODE);
        GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(DEV_MODE);
        GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION.check(DEV_MODE);
    }
}
