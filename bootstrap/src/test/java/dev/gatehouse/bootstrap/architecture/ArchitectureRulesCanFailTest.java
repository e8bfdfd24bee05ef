package dev.gatehouse.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each rule, run over the violation fixture (dev.gatehouse.archfixture), must report the one
 * class planted to break it: a rule that cannot fail would prove nothing about the product.
 */
class ArchitectureRulesCanFailTest {
    private static final String FIXTURE = "dev.gatehouse.archfixture";
    private static final ArchitectureRules RULES = new ArchitectureRules(FIXTURE);
    private static JavaClasses fixture;

    @BeforeAll
    static void importFixture() {
        fixture = new ClassFileImporter().importPackages(FIXTURE);
    }

    static Stream<Arguments> rulesAndTheirPlantedViolation() {
        return Stream.of(
                rule("domain is framework-free", ArchitectureRules::domainIsFrameworkFree, "SpringAwareEntity"),
                rule(
                        "application is framework-free",
                        ArchitectureRules::applicationIsFrameworkFree,
                        "JooqAwareService"),
                rule(
                        "only bootstrap reaches application and adapters",
                        ArchitectureRules::onlyBootstrapReachesApplicationAndAdapters,
                        "CallsApplicationService"),
                rule(
                        "the REST adapter does not see the security adapter",
                        ArchitectureRules::onlyBootstrapReachesApplicationAndAdapters,
                        "VerifierUsingSigner"),
                rule(
                        "the security adapter does not see the REST adapter",
                        ArchitectureRules::onlyBootstrapReachesApplicationAndAdapters,
                        "DrivenAdapterUsingController"),
                rule(
                        "the mail adapter does not see the security adapter",
                        ArchitectureRules::onlyBootstrapReachesApplicationAndAdapters,
                        "MailSenderUsingHasher"),
                rule(
                        "controllers never reach driven ports",
                        ArchitectureRules::drivingAdaptersDoNotReachDrivenPorts,
                        "ControllerReachingRepository"),
                rule(
                        "adapter.in does not use adapter.out",
                        ArchitectureRules::drivingAndDrivenAdaptersAreIndependent,
                        "ControllerUsingDrivenAdapter"),
                rule(
                        "adapter.out does not use adapter.in",
                        ArchitectureRules::drivenAdaptersDoNotReachDrivingAdapters,
                        "DrivenAdapterUsingController"),
                rule(
                        "driven ports are implemented in adapter.out",
                        ArchitectureRules::drivenPortsAreImplementedInAdapters,
                        "RepositoryInApplication"),
                rule(
                        "driving ports are implemented by ...Service",
                        ArchitectureRules::drivingPortsAreImplementedByApplicationServices,
                        "FixtureUseCaseHandler"),
                rule(
                        "generated jOOQ stays in persistence",
                        ArchitectureRules::generatedJooqStaysInPersistence,
                        "ReadsGeneratedTable"),
                rule("no package cycles", ArchitectureRules::noPackageCycles, "Alpha"),
                rule("no field injection", ArchitectureRules::noFieldInjection, "FieldInjectedWiring"),
                rule("no standard streams", ArchitectureRules::noStandardStreams, "PrintsToStandardOut"),
                rule("no java.util.logging", ArchitectureRules::noJavaUtilLogging, "UsesJavaUtilLogging"),
                rule("the core does not log", ArchitectureRules::coreDoesNotLog, "LogsFromTheCore"));
    }

    private static Arguments rule(String name, Function<ArchitectureRules, ArchRule> rule, String plantedClass) {
        return Arguments.of(name, rule, plantedClass);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rulesAndTheirPlantedViolation")
    void reportsItsPlantedViolation(String name, Function<ArchitectureRules, ArchRule> rule, String plantedClass) {
        EvaluationResult result = rule.apply(RULES).evaluate(fixture);

        assertThat(result.hasViolation())
                .as("rule '%s' found no violation in the fixture", name)
                .isTrue();
        assertThat(result.getFailureReport().getDetails())
                .as("rule '%s' should name %s", name, plantedClass)
                .anyMatch(line -> line.contains(FIXTURE) && line.contains(plantedClass));
    }
}
