package dev.kiln.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;

/** Whether Kiln's code runs more than once in Maven's JVM: the build's executions of generate, or the daemon. */
class MavenJvmTest {
    private static final String KILN = "dev.kiln:kiln-maven-plugin";

    @Test
    void countsTheGenerateExecutionsOfEveryProjectOfTheBuild() {
        MavenProject pets = project(plugin("dev.kiln", "kiln-maven-plugin", List.of("generate"), List.of("check")));
        MavenProject stores = project(plugin("dev.kiln", "kiln-maven-plugin", List.of("generate", "diff")));
        MavenProject other = project(plugin("org.openapitools", "openapi-generator-maven-plugin", List.of("generate")));
        MavenProject none = project();

        assertEquals(2, MavenJvm.generations(List.of(pets, stores, other, none), KILN));
        assertEquals(0, MavenJvm.generations(List.of(other, none), KILN));
    }

    @Test
    void kilnRunsAgainWhenTheBuildGeneratesMoreThanOnce() {
        MavenProject pets = project(plugin("dev.kiln", "kiln-maven-plugin", List.of("generate")));
        MavenProject twice = project(plugin("dev.kiln", "kiln-maven-plugin", List.of("generate"), List.of("generate")));

        assertFalse(MavenJvm.runsKilnAgain(List.of(pets), KILN, Map.of()));
        assertFalse(MavenJvm.runsKilnAgain(List.of(), KILN, Map.of()), "mvn kiln:generate, no execution declared");
        assertTrue(MavenJvm.runsKilnAgain(List.of(twice), KILN, Map.of()));
        assertTrue(MavenJvm.runsKilnAgain(List.of(pets, pets), KILN, Map.of()));
    }

    @Test
    void theMavenDaemonsJvmOutlivesTheBuild() {
        MavenProject pets = project(plugin("dev.kiln", "kiln-maven-plugin", List.of("generate")));

        assertTrue(MavenJvm.runsKilnAgain(List.of(pets), KILN, Map.of(MavenJvm.DAEMON_PROPERTY, "/opt/mvnd")));
    }

    @SafeVarargs
    private static Plugin plugin(String groupId, String artifactId, List<String>... executionsGoals) {
        Plugin plugin = new Plugin();
        plugin.setGroupId(groupId);
        plugin.setArtifactId(artifactId);
        int id = 0;
        for (List<String> goals : executionsGoals) {
            PluginExecution execution = new PluginExecution();
            execution.setId("execution-" + id++);
            execution.setGoals(goals);
            plugin.addExecution(execution);
        }
        return plugin;
    }

    private static MavenProject project(Plugin... plugins) {
        Model model = new Model();
        Build build = new Build();
        for (Plugin plugin : plugins) {
            build.addPlugin(plugin);
        }
        model.setBuild(build);
        return new MavenProject(model);
    }
}
