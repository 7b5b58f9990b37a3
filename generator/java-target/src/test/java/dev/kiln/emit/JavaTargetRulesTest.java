package dev.kiln.emit;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The Java target sees the core through the IR and the target contract only: it never reads the parsed spec, nor the
 * linker, the lifecycle or the writer; and its two packages do not depend on each other both ways.
 */
@AnalyzeClasses(
        packages = {"dev.kiln.emit", "dev.kiln.naming"},
        importOptions = ImportOption.DoNotIncludeTests.class)
class JavaTargetRulesTest {

    @ArchTest
    static final ArchRule neverReadsTheParsedSpec = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.swagger..")
            .because("the emitters take the IR, which carries every fact they need");

    @ArchTest
    static final ArchRule seesTheCoreThroughTheIrAndTheContract = noClasses()
            .should()
            .dependOnClassesThat(resideInAPackage("dev.kiln..")
                    .and(not(resideInAnyPackage(
                            "dev.kiln.emit..",
                            "dev.kiln.naming..",
                            "dev.kiln.ir..",
                            "dev.kiln.language..",
                            "dev.kiln.problems..",
                            // the runtime's classes name the runtime types the emitters refer to
                            "dev.kiln.runtime.."))))
            .because("the Java target sees the core through the IR and the contract, and the runtime by its classes");

    @ArchTest
    static final ArchRule noCycleBetweenNamingAndEmitting =
            slices().matching("dev.kiln.(*)..").should().beFreeOfCycles();
}
