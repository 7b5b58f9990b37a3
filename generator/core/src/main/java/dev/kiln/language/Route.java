package dev.kiln.language;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an operation sits in the resource tree, as the linker placed it, for the target to name its method: the
 * HTTP method, the part of the path below the operation's resource, the resource it is reached through, and the
 * spec's operation id.
 *
 * @param httpMethod {@code GET}, {@code POST} ...
 * @param path the whole path template, such as {@code /files/{id}/content}
 * @param tail the path's segments below the resource, in order, parameters written as in the template
 *     ({@code [{id}, content]} for {@code /files/{id}/content} in {@code files()}); empty for the resource itself
 * @param through the static segment naming the parent item the resource is reached through, when the path names one
 *     before the resource ({@code projects} in {@code /projects/{project_gid}/tasks} for {@code tasks()})
 * @param operationId the spec's operation id, when it has one
 * @param resources the keys of the resources from the client to the operation's, outermost first
 * @param answersList whether the operation answers with a JSON array
 * @param resourceSegment the segment of the path that stands for the resource, when one does
 */
public record Route(
        String httpMethod,
        String path,
        List<String> tail,
        Optional<String> through,
        Optional<String> operationId,
        List<String> resources,
        boolean answersList,
        Optional<String> resourceSegment) {
    public Route {
        Objects.requireNonNull(httpMethod, "httpMethod");
        Objects.requireNonNull(path, "path");
        tail = List.copyOf(tail);
        Objects.requireNonNull(through, "through");
        Objects.requireNonNull(operationId, "operationId");
        resources = List.copyOf(resources);
        Objects.requireNonNull(resourceSegment, "resourceSegment");
    }

    /**
     * Tells whether a path segment is a parameter.
     *
     * @param segment a segment of a path template
     * @return true for {@code {id}}
     */
    public static boolean isParameter(String segment) {
        return segment.startsWith("{") && segment.endsWith("}");
    }
}
