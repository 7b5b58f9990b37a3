package dev.kiln.link;

import dev.kiln.ir.ResponseExample;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The example answers an operation's JSON responses give ({@code example}, or each of {@code examples} by name), for
 * the test kit's canned answers. An external example ({@code externalValue}) is left out: Kiln reads no URL.
 */
final class ResponseExamples {
    private ResponseExamples() {}

    static List<ResponseExample> of(Operation operation) {
        List<ResponseExample> examples = new ArrayList<>();
        if (operation.getResponses() == null) {
            return examples;
        }
        for (Map.Entry<String, ApiResponse> response : operation.getResponses().entrySet()) {
            if (response.getValue() == null || response.getValue().getContent() == null) {
                continue;
            }
            int status = status(response.getKey());
            for (Map.Entry<String, MediaType> media :
                    response.getValue().getContent().entrySet()) {
                if (!media.getKey().toLowerCase(Locale.ROOT).contains("json") || media.getValue() == null) {
                    continue;
                }
                if (media.getValue().getExample() != null) {
                    examples.add(new ResponseExample(
                            status, "example", JsonText.of(media.getValue().getExample())));
                }
                if (media.getValue().getExamples() != null) {
                    for (Map.Entry<String, Example> named :
                            media.getValue().getExamples().entrySet()) {
                        if (named.getValue() != null && named.getValue().getValue() != null) {
                            examples.add(new ResponseExample(
                                    status,
                                    named.getKey(),
                                    JsonText.of(named.getValue().getValue())));
                        }
                    }
                }
            }
        }
        return List.copyOf(examples);
    }

    /** The status a response key names: {@code 201} is 201, {@code 2XX} and {@code default} are 200. */
    private static int status(String key) {
        try {
            return Integer.parseInt(key);
        } catch (NumberFormatException e) {
            return key.toUpperCase(Locale.ROOT).matches("[1-5]XX") ? (key.charAt(0) - '0') * 100 : 200;
        }
    }
}
