package dev.kiln.maven;

import java.util.List;
import java.util.Map;
import org.apache.maven.model.Plugin;
import org.apache.maven.project.MavenProject;

/**
 * What Maven's JVM will have done with Kiln's code by the time a generation runs in it, which decides whether a medium
 * spec generates faster there or in a JVM of its own ({@link ForkChoice}): that code runs warm in Maven's JVM when the
 * build generates more than once (the modules share the plugin's class loader, so every generation after the first
 * runs code the JIT compiler has worked on), or when that JVM is the Maven daemon's, which outlives the build.
 */
final class MavenJvm {
    /** The system property the Maven daemon ({@code mvnd}) starts its JVM with. */
    static final String DAEMON_PROPERTY = "mvnd.home";

    private MavenJvm() {}

    /**
     * Tells whether Kiln's code will run more than once in this JVM: the build has more than one execution of the
     * {@code generate} goal among its projects, or runs in the Maven daemon.
     *
     * @param projects the build's projects
     * @param pluginKey this plugin's {@code groupId:artifactId}
     * @param systemProperties the JVM's system properties
     * @return whether Kiln runs warm here
     */
    static boolean runsKilnAgain(List<MavenProject> projects, String pluginKey, Map<?, ?> systemProperties) {
        return systemProperties.containsKey(DAEMON_PROPERTY) || generations(projects, pluginKey) > 1;
    }

    /** The executions of the {@code generate} goal that the build's projects declare. */
    static long generations(List<MavenProject> projects, String pluginKey) {
        return projects.stream()
                .map(MavenProject::getBuildPlugins)
                .flatMap(List::stream)
                .filter(plugin -> plugin.getKey().equals(pluginKey))
                .map(Plugin::getExecutions)
                .flatMap(List::stream)
                .filter(execution -> execution.getGoals().contains(GenerateMojo.GOAL))
                .count();
    }
}
