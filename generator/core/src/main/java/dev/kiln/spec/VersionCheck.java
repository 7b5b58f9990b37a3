package dev.kiln.spec;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiln.problems.JsonPointer;
import dev.kiln.problems.ProblemKind;
import dev.kiln.problems.Problems;

/**
 * Tells an OpenAPI version Kiln does not read from an OpenAPI 3.0 or 3.1 one (or a Swagger 2.0 one, which is
 * converted), before anything else reads it, so the user learns what to do rather than which attributes are missing.
 */
final class VersionCheck {
    private VersionCheck() {}

    /**
     * Reports a root document that is empty, names an OpenAPI version other than 3.0 or 3.1, or a Swagger version
     * other than 2.0.
     *
     * @param root the spec's root file
     * @param problems where to report, located in the root file
     */
    static void check(SpecFile root, Problems problems) {
        JsonNode tree = root.tree();
        if (!tree.isObject() || tree.isEmpty()) {
            problems.report(
                    ProblemKind.SPEC_INVALID,
                    JsonPointer.ROOT,
                    root.locate(JsonPointer.ROOT),
                    tree.isObject() || tree.isNull() ? "the spec is empty" : "the spec is not a map of attributes",
                    "point inputSpec at the OpenAPI document, which starts with 'openapi: 3.x', 'info' and 'paths'");
            return;
        }
        if (SwaggerTwo.is(tree)) {
            String version = tree.path("swagger").asText();
            if (!version.startsWith("2.")) {
                unsupported(
                        root,
                        "swagger",
                        problems,
                        "Swagger " + version + " is not a version Kiln reads (Swagger 2.0, OpenAPI 3.0.x and 3.1.x)",
                        "write the spec as OpenAPI 3.1, or as Swagger 2.0");
            }
            return;
        }
        JsonNode openapi = tree.get("openapi");
        if (openapi != null && openapi.isValueNode() && !openapi.asText().matches("3\\.[01](\\.\\d+)?(-.+)?")) {
            unsupported(
                    root,
                    "openapi",
                    problems,
                    "OpenAPI " + openapi.asText() + " is not a version Kiln reads (3.0.x and 3.1.x)",
                    "write the spec as OpenAPI 3.1 (or 3.0); if it uses nothing newer, 'openapi: 3.1.0' is enough");
        }
    }

    /** Reports the version written in a top-level attribute as one Kiln does not read. */
    private static void unsupported(SpecFile root, String attribute, Problems problems, String message, String hint) {
        JsonPointer pointer = JsonPointer.ROOT.child(attribute);
        problems.report(ProblemKind.UNSUPPORTED_VERSION, pointer, root.locate(pointer), message, hint);
    }
}
