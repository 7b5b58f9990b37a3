package dev.kiln.bench;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.openapitools.codegen.ClientOptInput;
import org.openapitools.codegen.CodegenConstants;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;

/**
 * OpenAPI Generator ({@code java}, library {@code native}, no tests, no docs) on one spec, as its users run it:
 * with spec validation on, its default, unless it refused the spec before, in which case with validation off.
 */
final class PeerGeneration {
    /** Specs OpenAPI Generator refused until told to skip validation; the timed runs then skip it from the start. */
    private static final Set<String> REFUSED = ConcurrentHashMap.newKeySet();

    private PeerGeneration() {}

    static void run(CorpusSpec spec, Path output) {
        if (!REFUSED.contains(spec.fileName())) {
            try {
                generate(spec, output, true);
                return;
            } catch (RuntimeException validation) {
                REFUSED.add(spec.fileName());
            }
        }
        generate(spec, output, false);
    }

    /** Whether OpenAPI Generator refused the spec until told to skip validation. */
    static boolean refused(CorpusSpec spec) {
        return REFUSED.contains(spec.fileName());
    }

    private static void generate(CorpusSpec spec, Path output, boolean validate) {
        String base = "bench." + spec.packageName();
        CodegenConfigurator configurator = new CodegenConfigurator()
                .setInputSpec(spec.file().toString())
                .setGeneratorName("java")
                .setLibrary("native")
                .setOutputDir(output.toString())
                .setValidateSpec(validate)
                .setPackageName(base)
                .setApiPackage(base + ".api")
                .setModelPackage(base + ".model")
                .setInvokerPackage(base + ".client")
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
