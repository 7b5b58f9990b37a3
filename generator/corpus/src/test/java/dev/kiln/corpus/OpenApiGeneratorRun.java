package dev.kiln.corpus;

import java.nio.file.Path;
import org.openapitools.codegen.ClientOptInput;
import org.openapitools.codegen.CodegenConstants;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;

/**
 * Runs OpenAPI Generator ({@code java}, library {@code native}) on one spec in this JVM, as its users do: first
 * with spec validation on (its default), and, when it refuses the spec, again with validation skipped.
 */
final class OpenApiGeneratorRun {
    /**
     * OpenAPI Generator's figures for one spec.
     *
     * @param refusedByValidation whether it refused the spec until told to skip validation
     * @param millis generation time of the run that generated, in milliseconds
     * @param failure why generation failed, or empty
     * @param compilation what javac said of the output
     */
    record Result(boolean refusedByValidation, long millis, String failure, JavaCompilation.Result compilation) {}

    private OpenApiGeneratorRun() {}

    static Result run(CorpusSpec spec, Path work) throws Exception {
        Path output = work.resolve("openapi-generator").resolve(spec.name());
        boolean refused = false;
        long started = System.nanoTime();
        try {
            generate(spec, output, true);
        } catch (RuntimeException validation) {
            refused = true;
            started = System.nanoTime();
            try {
                generate(spec, output, false);
            } catch (RuntimeException | StackOverflowError e) {
                return new Result(
                        true,
                        0,
                        String.valueOf(e.getMessage()),
                        new JavaCompilation.Result(0, 0, 0, 0, java.util.List.of()));
            }
        } catch (StackOverflowError e) {
            return new Result(false, 0, "stack overflow", new JavaCompilation.Result(0, 0, 0, 0, java.util.List.of()));
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        JavaCompilation.Result compilation =
                JavaCompilation.compile(output.resolve("src/main/java"), output.resolve("classes"));
        return new Result(refused, millis, "", compilation);
    }

    private static void generate(CorpusSpec spec, Path output, boolean validate) {
        CodegenConfigurator configurator = new CodegenConfigurator()
                .setInputSpec(spec.file().toString())
                .setGeneratorName("java")
                .setLibrary("native")
                .setOutputDir(output.toString())
                .setValidateSpec(validate)
                .setPackageName("corpus." + spec.packageName())
                .setApiPackage("corpus." + spec.packageName() + ".api")
                .setModelPackage("corpus." + spec.packageName() + ".model")
                .setInvokerPackage("corpus." + spec.packageName() + ".client")
                .addAdditionalProperty("hideGenerationTimestamp", true);
        ClientOptInput input = configurator.toClientOptInput();
        DefaultGenerator generator = new DefaultGenerator();
        generator.setGeneratorPropertyDefault(CodegenConstants.MODEL_TESTS, "false");
        generator.setGeneratorPropertyDefault(CodegenConstants.API_TESTS, "false");
        generator.setGeneratorPropertyDefault(CodegenConstants.MODEL_DOCS, "false");
        generator.setGeneratorPropertyDefault(CodegenConstants.API_DOCS, "false");
        generator.opts(input).generate();
    }
}
