package dev.kiln.maven;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.kiln.emit.JavaTarget;
import dev.kiln.lifecycle.ApiChange;
import dev.kiln.problems.Problem;
import dev.kiln.write.SyncReport;

/**
 * The Maven goals are a front end: they reach Kiln through core's {@code generate} package (the one {@code Generation}, its
 * requests, outcomes and failures) and the values it hands back (changes, problems, what was written), and name the
 * target by its entry point; the spec, the linker, the IR, the naming and the emitters are none of their business.
 */
@AnalyzeClasses(packages = "dev.kiln.maven", importOptions = ImportOption.DoNotIncludeTests.class)
class FrontEndRulesTest {

    @ArchTest
    static final ArchRule reachKilnThroughGenerateOnly = noClasses()
            .should()
            .dependOnClassesThat(resideInAPackage("dev.kiln..")
                    .and(not(resideInAnyPackage("dev.kiln.maven..", "dev.kiln.generate..")))
                    .and(not(belongToAnyOf(JavaTarget.class, ApiChange.class, Problem.class, SyncReport.class))));

    /** A generation in a JVM of its own runs without Maven's classes on its classpath ({@link ForkedGeneration}). */
    @ArchTest
    static final ArchRule aForkedGenerationNeedsNoMaven = noClasses()
            .that()
            .belongToAnyOf(GenerationProcess.class)
            .should()
            .transitivelyDependOnClassesThat()
            .resideInAnyPackage("org.apache.maven..", "org.codehaus.plexus..");

    @ArchTest
    static final ArchRule neitherParseNorEmit =
            noClasses().should().dependOnClassesThat().resideInAnyPackage("io.swagger..", "com.palantir.javapoet..");
}
