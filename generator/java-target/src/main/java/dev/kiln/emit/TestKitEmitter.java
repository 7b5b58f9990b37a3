package dev.kiln.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.kiln.ir.Api;
import dev.kiln.ir.Operation;
import dev.kiln.ir.ResponseExample;
import dev.kiln.ir.Service;
import dev.kiln.runtime.core.Transport;
import dev.kiln.runtime.testing.CannedAnswer;
import dev.kiln.runtime.testing.FakeOperation;
import dev.kiln.runtime.testing.FakeTransport;
import dev.kiln.runtime.testing.NoWaitSleeper;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits the one class of an SDK's test kit that depends on its spec, such as {@code TogetherFakes}: a
 * {@link FakeOperation} constant for each of the SDK's methods, carrying the spec's examples as canned answers, and a
 * client over any transport whose retries do not wait. The rest of the test kit is the same for every SDK and is
 * shipped as source ({@link RuntimeSources#testKitFiles()}).
 */
final class TestKitEmitter {
    private final SdkLayout layout;

    TestKitEmitter(SdkLayout layout) {
        this.layout = layout;
    }

    TypeSpec emit(Api api) {
        ClassName self = layout.names().fakes();
        ClassName client = layout.names().client();
        ClassName operation = layout.names().testKit(FakeOperation.class);
        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addJavadoc(
                        "The operations of {@link $T} as a {@link $T} recognises them, each with the spec's examples of its "
                                + "answers, and clients over a fake:\n\n<pre>{@code\nFakeTransport fake = new FakeTransport();\n"
                                + "fake.on($T.$L).respondWithExample();\n$T client = $T.client(fake);\n}</pre>\n",
                        client,
                        layout.names().testKit(FakeTransport.class),
                        self,
                        firstConstant(api),
                        client,
                        self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .build());
        for (Service service : api.services()) {
            for (Operation op : service.operations()) {
                type.addField(FieldSpec.builder(
                                operation,
                                layout.names().operationConstant(service.accessorName(), op.methodName()),
                                Modifier.PUBLIC,
                                Modifier.STATIC,
                                Modifier.FINAL)
                        .addJavadoc(
                                "{@code $L().$L(...)}: {@code $L $L}, $L.\n",
                                service.accessorName(),
                                op.methodName(),
                                op.httpMethod(),
                                Javadoc.sanitize(op.path()),
                                op.examples().isEmpty()
                                        ? "with no example in the spec"
                                        : "with the spec's examples {@code "
                                                + String.join(
                                                        "}, {@code ",
                                                        op.examples().stream()
                                                                .map(example -> Javadoc.sanitize(example.name()))
                                                                .toList())
                                                + "}")
                        .initializer(
                                "$T.of($S, $S, $S, $L)",
                                operation,
                                service.accessorName() + "()." + op.methodName(),
                                op.httpMethod(),
                                op.path(),
                                examples(op.examples()))
                        .build());
            }
        }
        ClassName builder = layout.names().builder(client);
        ClassName transport = layout.runtime(Transport.class);
        type.addMethod(MethodSpec.methodBuilder("builder")
                .addJavadoc(
                        "Starts a client that sends through a transport (a {@link $T}, or a cassette's): a test API key, the "
                                + "spec's base URL, and retries that do not wait.\n\n@param transport the transport\n"
                                + "@return the builder, to set more\n",
                        layout.names().testKit(FakeTransport.class))
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(builder)
                .addParameter(transport, "transport")
                .addStatement(
                        "return $T.builder().apiKey($S).transport(transport).sleeper(new $T())",
                        client,
                        "test-api-key",
                        layout.names().testKit(NoWaitSleeper.class))
                .build());
        type.addMethod(MethodSpec.methodBuilder("client")
                .addJavadoc("Returns a client that sends through a transport, as {@link #builder} sets it up.\n\n"
                        + "@param transport the transport\n@return the client\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(client)
                .addParameter(transport, "transport")
                .addStatement("return builder(transport).build()")
                .build());
        return type.build();
    }

    private CodeBlock examples(List<ResponseExample> examples) {
        if (examples.isEmpty()) {
            return CodeBlock.of("$T.of()", List.class);
        }
        CodeBlock.Builder list = CodeBlock.builder().add("$T.of(", List.class);
        for (int i = 0; i < examples.size(); i++) {
            ResponseExample example = examples.get(i);
            list.add(
                    "$Lnew $T($L, $S, $S)",
                    i == 0 ? "" : ", ",
                    layout.names().testKit(CannedAnswer.class),
                    example.status(),
                    example.name(),
                    example.json());
        }
        return list.add(")").build();
    }

    private String firstConstant(Api api) {
        for (Service service : api.services()) {
            for (Operation op : service.operations()) {
                return layout.names().operationConstant(service.accessorName(), op.methodName());
            }
        }
        return "SOME_OPERATION";
    }
}
