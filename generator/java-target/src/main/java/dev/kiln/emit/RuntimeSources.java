package dev.kiln.emit;

import dev.kiln.language.GeneratedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Ships the SDK runtime (module {@code runtime}, package {@code dev.kiln.runtime.core}) into a generated SDK as
 * source, moved to the SDK's own {@code core} package. The runtime is written and tested once; nothing in it
 * changes per spec.
 */
final class RuntimeSources {
    /** Every file of the runtime; a test checks this list against the runtime module. */
    static final List<String> FILES = List.of(
            "ApiCall.java",
            "ApiRequest.java",
            "ApiResponse.java",
            "AsyncPage.java",
            "AutoPager.java",
            "BinaryResponse.java",
            "BoundedBodySubscriber.java",
            "ClientOptions.java",
            "Codec.java",
            "Codecs.java",
            "ConnectionPool.java",
            "DeferredEventPublisher.java",
            "ErrorFactory.java",
            "EventPublisher.java",
            "EventStream.java",
            "FileContent.java",
            "HttpExecutor.java",
            "Json.java",
            "JsonDataException.java",
            "JsonField.java",
            "JsonModel.java",
            "JsonObjectReader.java",
            "JsonObjectWriter.java",
            "JsonPaths.java",
            "Page.java",
            "PageChain.java",
            "PageStyle.java",
            "PageSubscription.java",
            "RawResponse.java",
            "RequestContent.java",
            "RequestOptions.java",
            "RetryPolicy.java",
            "ServerSentEvent.java",
            "ServerSentEventReader.java",
            "Sleeper.java",
            "StreamFailures.java",
            "TimedBodyStream.java",
            "UrlEncoding.java");

    private static final String RUNTIME_PACKAGE = "dev.kiln.runtime.core";
    private static final String RESOURCE_DIRECTORY = "/dev/kiln/runtime-sources/dev/kiln/runtime/core/";

    private final SdkLayout layout;

    RuntimeSources(SdkLayout layout) {
        this.layout = layout;
    }

    List<GeneratedFile> files() {
        List<GeneratedFile> files = new ArrayList<>();
        String directory = layout.core().replace('.', '/') + "/";
        for (String name : FILES) {
            String source = read(RESOURCE_DIRECTORY + name)
                    .replace("package " + RUNTIME_PACKAGE + ";", "package " + layout.core() + ";")
                    .replace("import " + RUNTIME_PACKAGE + ".", "import " + layout.core() + ".");
            files.add(new GeneratedFile(
                    directory + name,
                    layout.fileComment()
                                    .lines()
                                    .map(line -> "// " + line + "\n")
                                    .reduce("", String::concat)
                            + source));
        }
        return files;
    }

    private static String read(String resource) {
        try (InputStream in = RuntimeSources.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the runtime source " + resource + " is missing from Kiln's jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
