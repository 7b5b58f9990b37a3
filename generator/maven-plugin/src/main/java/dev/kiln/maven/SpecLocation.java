package dev.kiln.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.project.MavenProject;

/**
 * Finds the spec a goal is given: a path relative to the project, or a resource ({@code classpath:specs/x.yaml})
 * in one of the project's resource or classpath directories. Every goal that takes a spec finds it here.
 *
 * @param basedir the project's directory, against which relative paths resolve
 * @param resourceRoots the directories a resource name is looked up in, in order
 */
record SpecLocation(Path basedir, List<Path> resourceRoots) {
    static final String CLASSPATH = "classpath:";

    SpecLocation {
        resourceRoots = List.copyOf(resourceRoots);
    }

    /**
     * Where a project's goals find specs: its directory (the working directory without one), its resource
     * directories, then its compile classpath directories once they are known.
     *
     * @param project the project, or null
     * @return the location
     */
    static SpecLocation of(MavenProject project) {
        Path basedir = project != null && project.getBasedir() != null
                ? project.getBasedir().toPath()
                : Path.of("");
        List<Path> roots = new ArrayList<>();
        if (project != null) {
            project.getResources().forEach(resource -> roots.add(Path.of(resource.getDirectory())));
            try {
                project.getCompileClasspathElements().forEach(element -> roots.add(Path.of(element)));
            } catch (DependencyResolutionRequiredException e) {
                // no classpath yet: the resource directories are all there is to look in
            }
        }
        return new SpecLocation(basedir, roots);
    }

    /**
     * Resolves a spec name.
     *
     * @param spec a path, or {@code classpath:} and a resource name
     * @return the spec file; when nothing matches, the path as given, so that loading it fails naming it
     */
    Path resolve(String spec) {
        boolean resource = spec.startsWith(CLASSPATH);
        String name = resource ? spec.substring(CLASSPATH.length()) : spec;
        if (!resource) {
            Path path = basedir.resolve(name);
            if (Files.isRegularFile(path)) {
                return path;
            }
        }
        String resourceName = name.startsWith("/") ? name.substring(1) : name;
        for (Path root : resourceRoots) {
            Path candidate = root.resolve(resourceName);
            if (!resourceName.isEmpty() && Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return basedir.resolve(name);
    }

    /**
     * The spec's path as the user would write it: relative to the project when inside it.
     *
     * @param spec a resolved spec
     * @return the name messages and the files' header use
     */
    String displayName(Path spec) {
        try {
            return basedir.toAbsolutePath()
                    .normalize()
                    .relativize(spec.toAbsolutePath().normalize())
                    .toString();
        } catch (IllegalArgumentException e) {
            return spec.toString();
        }
    }
}
