package dev.kiln.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Finds the spec a goal is given: a path relative to the project, or a resource ({@code classpath:specs/x.yaml})
 * in one of the project's resource or classpath directories.
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
}
