package dev.kiln.cli;

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
 * The command line is a front end: it reaches Kiln through core's {@code generate} package (the one {@code Generation},
 * its requests, outcomes and failures) and the values it hands back (changes, problems, what was written), and names
 * the target by its entry point; the spec, the linker, the IR, the naming and the emitters are none of its business.
 * The Maven goals keep the same rules ({@code dev.kiln.maven.FrontEndRulesTest}).
 */
@AnalyzeClasses(packages = "dev.kiln.cli", importOptions = ImportOption.DoNotIncludeTests.class)
class FrontEndRulesTest {

    @ArchTest
    static final ArchRule reachKilnThroughGenerateOnly = noClasses()
            .should()
            .dependOnClassesThat(resideInAPackage("dev.kiln..")
                    .and(not(resideInAnyPackage("dev.kiln.cli..", "dev.kiln.generate..")))
                    .and(not(belongToAnyOf(JavaTarget.class, ApiChange.class, Problem.class, SyncReport.class))));

    @ArchTest
    static final ArchRule neitherParseNorEmit =
            noClasses().should().dependOnClassesThat().resideInAnyPackage("io.swagger..", "com.palantir.javapoet..");
}
