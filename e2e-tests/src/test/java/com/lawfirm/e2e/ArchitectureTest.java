package com.lawfirm.e2e;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.axonframework.spring.stereotype.Aggregate;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The structural rules of the code base (see STYLE in the design pages), checked on every build. */
@AnalyzeClasses(packages = "com.lawfirm", importOptions = {ImportOption.DoNotIncludeTests.class,
        ArchitectureTest.NotFromTestJars.class})
class ArchitectureTest {

    @ArchTest
    static final ArchRule publishedLanguageHasNoFrameworkOrServiceCode = noClasses()
            .that().resideInAPackage("com.lawfirm.events..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.lawfirm.kit..",
                    "com.lawfirm.intake..", "com.lawfirm.conflict..", "com.lawfirm.matter..", "com.lawfirm.billing..",
                    "com.lawfirm.notification..");

    @ArchTest
    static final ArchRule serviceKitKnowsNoService = noClasses()
            .that().resideInAPackage("com.lawfirm.kit..")
            .should().dependOnClassesThat().resideInAnyPackage("com.lawfirm.intake..", "com.lawfirm.conflict..",
                    "com.lawfirm.matter..", "com.lawfirm.billing..", "com.lawfirm.notification..");

    @ArchTest
    static final ArchRule servicesTalkOnlyThroughEvents = slices()
            .matching("com.lawfirm.(intake|conflict|matter|billing|notification)..")
            .should().notDependOnEachOther();

    /**
     * Within a service, one feature may use another, never both ways round: a feature reads apart from those above it.
     * What several features share (a service's typed configuration) sits in the service's own package. So in the
     * service kit: the scaling of processors, the read-model store, the bus, then the rebuilds that drive all three.
     */
    @ArchTest
    static final ArchRule featuresOfAServiceDependOneWay = slices()
            .matching("com.lawfirm.(intake|conflict|matter|billing|notification|kit).(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule aggregatesArePackagePrivate = classes()
            .that().areAnnotatedWith(Aggregate.class)
            .should().notBePublic();

    @ArchTest
    static final ArchRule aggregatesKnowNothingOfTheWebOrReadModels = noClasses()
            .that().areAnnotatedWith(Aggregate.class)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "com.lawfirm.kit.readmodel..",
                    "org.springframework.jdbc..");

    /**
     * Spring MVC validates a controller's body and constrained parameters itself; a class-level {@code @Validated}
     * would put the controller behind a validating proxy that validates every body a second time.
     */
    @ArchTest
    static final ArchRule controllersAreValidatedByMvcAlone = classes()
            .that().areAnnotatedWith(RestController.class)
            .should().notBeAnnotatedWith(Validated.class);

    @ArchTest
    static final ArchRule controllersSendCommandsAndNeverTouchAggregates = noClasses()
            .that().areAnnotatedWith(RestController.class)
            .should().dependOnClassesThat().areAnnotatedWith(Aggregate.class);

    /** The test helpers other modules share (service-kit's test jar) are test code too, not the product's. */
    static final class NotFromTestJars implements ImportOption {

        @Override
        public boolean includes(Location location) {
            return !location.contains("-tests.jar");
        }
    }
}
