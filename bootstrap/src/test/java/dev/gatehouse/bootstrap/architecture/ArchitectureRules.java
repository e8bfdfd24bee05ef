package dev.gatehouse.bootstrap.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/**
 * The dependency rules of the hexagon, written against a root package so that the same rules
 * check the product ({@code dev.gatehouse}) and a fixture of deliberate violations (proving that
 * each rule can fail).
 */
final class ArchitectureRules {
    private final String root;

    ArchitectureRules(String root) {
        this.root = root;
    }

    private String pkg(String relative) {
        return root + "." + relative;
    }

    /**
     * Rule 1a: the domain is plain Java. {@code javax.crypto} is the JDK's own (module java.base, like
     * {@code java.security}): TOTP computes its HMAC with {@code javax.crypto.Mac}.
     */
    ArchRule domainIsFrameworkFree() {
        return classes()
                .that()
                .resideInAPackage(pkg("domain.."))
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(pkg("domain.."), "java..", "javax.crypto..")
                .as("domain depends only on domain, java.. and javax.crypto..");
    }

    /** Rule 1b: the use cases are plain Java over the domain. */
    ArchRule applicationIsFrameworkFree() {
        return classes()
                .that()
                .resideInAPackage(pkg("application.."))
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(pkg("application.."), pkg("domain.."), "java..")
                .as("application depends only on application, domain and java..");
    }

    /**
     * Rule 2: only bootstrap sees the services and the adapters; no adapter sees another. One layer
     * per Maven module, each the module's one root package.
     */
    ArchRule onlyBootstrapReachesApplicationAndAdapters() {
        return layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("Domain")
                .definedBy(pkg("domain.."))
                .layer("Application")
                .definedBy(pkg("application.."))
                .layer("RestAdapter")
                .definedBy(pkg("adapter.in.rest.."))
                .layer("PersistenceAdapter")
                .definedBy(pkg("adapter.out.persistence.."))
                .layer("SecurityAdapter")
                .definedBy(pkg("adapter.out.security.."))
                .layer("MetricsAdapter")
                .definedBy(pkg("adapter.out.metrics.."))
                .layer("MailAdapter")
                .definedBy(pkg("adapter.out.mail.."))
                .layer("Bootstrap")
                .definedBy(pkg("bootstrap.."))
                .whereLayer("Application")
                .mayOnlyBeAccessedByLayers("Bootstrap")
                .whereLayer("RestAdapter")
                .mayOnlyBeAccessedByLayers("Bootstrap")
                .whereLayer("PersistenceAdapter")
                .mayOnlyBeAccessedByLayers("Bootstrap")
                .whereLayer("SecurityAdapter")
                .mayOnlyBeAccessedByLayers("Bootstrap")
                .whereLayer("MetricsAdapter")
                .mayOnlyBeAccessedByLayers("Bootstrap")
                .whereLayer("MailAdapter")
                .mayOnlyBeAccessedByLayers("Bootstrap")
                .whereLayer("Bootstrap")
                .mayNotBeAccessedByAnyLayer()
                .as("application and each adapter are reached only from bootstrap");
    }

    /** Rule 3: a driving adapter (a controller) talks to use cases, never to repositories or other driven ports. */
    ArchRule drivingAdaptersDoNotReachDrivenPorts() {
        return noClasses()
                .that()
                .resideInAPackage(pkg("adapter.in.."))
                .should()
                .dependOnClassesThat()
                .resideInAPackage(pkg("domain.port.out.."))
                .as("nothing in adapter.in depends on domain.port.out (a controller never reaches a repository)");
    }

    /** Rule 4: driving and driven adapters stay apart, even inside one module. */
    ArchRule drivingAndDrivenAdaptersAreIndependent() {
        return noClasses()
                .that()
                .resideInAPackage(pkg("adapter.in.."))
                .should()
                .dependOnClassesThat()
                .resideInAPackage(pkg("adapter.out.."))
                .orShould()
                .dependOnClassesThat()
                .resideInAPackage(pkg("bootstrap.."))
                .as("adapter.in does not depend on adapter.out");
    }

    ArchRule drivenAdaptersDoNotReachDrivingAdapters() {
        return noClasses()
                .that()
                .resideInAPackage(pkg("adapter.out.."))
                .should()
                .dependOnClassesThat()
                .resideInAPackage(pkg("adapter.in.."))
                .as("adapter.out does not depend on adapter.in");
    }

    /** Rule 5a: whatever implements a driven port is an adapter. */
    ArchRule drivenPortsAreImplementedInAdapters() {
        return classes()
                .that()
                .implement(describe("a driven port", c -> c.getPackageName().startsWith(pkg("domain.port.out"))))
                .and()
                .resideOutsideOfPackage(pkg("domain.port.out.."))
                .should()
                .resideInAPackage(pkg("adapter.out.."))
                .as("implementations of driven ports live in adapter.out");
    }

    /** Rule 5b: whatever implements a driving port is an application service named ...Service. */
    ArchRule drivingPortsAreImplementedByApplicationServices() {
        return classes()
                .that()
                .implement(describe("a driving port", c -> c.getPackageName().startsWith(pkg("domain.port.in"))))
                .and()
                .areNotInterfaces()
                .should()
                .resideInAPackage(pkg("application.."))
                .andShould()
                .haveSimpleNameEndingWith("Service")
                .as("implementations of driving ports are application services named ...Service");
    }

    /** Rule 6: the generated jOOQ model never leaks out of the persistence adapter. */
    ArchRule generatedJooqStaysInPersistence() {
        return noClasses()
                .that()
                .resideOutsideOfPackage(pkg("adapter.out.persistence.."))
                .should()
                .dependOnClassesThat()
                .resideInAPackage(pkg("adapter.out.persistence.jooq.."))
                .as("generated jOOQ code is used only inside the persistence adapter");
    }

    /** Rule 7a: no cycles between packages. */
    ArchRule noPackageCycles() {
        // jOOQ's generated schema, tables and records refer to one another by design; that code
        // is not ours to arrange, so its internal references are left out.
        return slices().matching(root + ".(**)")
                .should()
                .beFreeOfCycles()
                .ignoreDependency(
                        resideInAPackage(pkg("adapter.out.persistence.jooq..")),
                        resideInAPackage(pkg("adapter.out.persistence.jooq..")))
                .as("packages are free of cycles");
    }

    /** Rule 7b: constructor injection only. */
    ArchRule noFieldInjection() {
        return GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;
    }

    /** Rule 7c: logging goes through SLF4J, never standard streams or java.util.logging. */
    ArchRule noStandardStreams() {
        return GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
    }

    ArchRule noJavaUtilLogging() {
        return noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAPackage("java.util.logging..")
                .as("no classes use java.util.logging");
    }

    /**
     * Rule 7e: the core does not log, not even through the JDK's {@code System.Logger}: a use case
     * reports what happened to its caller (as {@code MailDeliveryPass} does), and the adapter that
     * called it decides what to log.
     */
    ArchRule coreDoesNotLog() {
        return noClasses()
                .that()
                .resideInAnyPackage(pkg("domain.."), pkg("application.."))
                .should()
                .dependOnClassesThat()
                .belongToAnyOf(System.Logger.class)
                .as("domain and application do not log");
    }
}
