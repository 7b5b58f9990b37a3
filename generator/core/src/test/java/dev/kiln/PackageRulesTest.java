package dev.kiln;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The rules core's packages keep, as tests: swagger-parser is read only while loading and linking the spec, the core
 * holds no JavaPoet (no target's code), no package cycle, and the IR, the problems, the target contract and the
 * lifecycle depend only on what they are said to.
 */
@AnalyzeClasses(packages = "dev.kiln", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageRulesTest {

    @ArchTest
    static final ArchRule onlySpecAndLinkReadSwaggerParser = noClasses()
            .that()
            .resideOutsideOfPackages("dev.kiln.spec..", "dev.kiln.link..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.swagger..")
            .because("the parsed spec is read while loading and linking it; every later stage reads the IR");

    @ArchTest
    static final ArchRule theLinkersLastStagesReadTheIr = noClasses()
            .that()
            .haveNameMatching(
                    "dev\\.kiln\\.link\\.(PagingLinker|SharedInlineTypes|ReachableTypes|InlineStructures)(\\$.*)?")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.swagger..")
            .because("paging and sharing run on the linked IR, which carries the responses and extensions they read");

    @ArchTest
    static final ArchRule coreHoldsNoJavaPoet = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAPackage("com.palantir.javapoet..")
            .because("the core is target-neutral: Java code is the Java target's");

    @ArchTest
    static final ArchRule noPackageCycles =
            slices().matching("dev.kiln.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule irDependsOnTheJdkAndProblemsOnly = classes()
            .that()
            .resideInAPackage("dev.kiln.ir..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "dev.kiln.ir..", "dev.kiln.problems..")
            .because("the IR is plain records; the only Kiln type it holds is the JSON pointer of a problem");

    @ArchTest
    static final ArchRule problemsDependOnTheJdkOnly = classes()
            .that()
            .resideInAPackage("dev.kiln.problems..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "dev.kiln.problems..");

    @ArchTest
    static final ArchRule theTargetContractDependsOnTheIrOnly = classes()
            .that()
            .resideInAPackage("dev.kiln.language..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "dev.kiln.language..", "dev.kiln.ir..", "dev.kiln.problems..");

    @ArchTest
    static final ArchRule lifecycleReadsTheIrNotTheSpec = noClasses()
            .that()
            .resideInAPackage("dev.kiln.lifecycle..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("dev.kiln.link..", "dev.kiln.spec..", "io.swagger..")
            .because("a snapshot is taken from the linked API alone");

    @ArchTest
    static final ArchRule writingKnowsOnlyGeneratedFiles = classes()
            .that()
            .resideInAPackage("dev.kiln.write..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "dev.kiln.write..", "dev.kiln.language..");
}
