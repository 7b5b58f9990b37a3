package dev.kiln.bench;

import java.nio.file.Path;

/** One of the things whose generation time is measured: Kiln, OpenAPI Generator, or swagger-parser's bare parse. */
enum Contender {
    /** Kiln: load, link, emit, and write the files. */
    KILN("Kiln") {
        @Override
        void run(CorpusSpec spec, Path output) {
            KilnGeneration.run(spec, output);
        }
    },
    /** OpenAPI Generator 7.25, generator {@code java}, library {@code native}, writing its files. */
    OPENAPI_GENERATOR("OpenAPI Generator") {
        @Override
        void run(CorpusSpec spec, Path output) {
            PeerGeneration.run(spec, output);
        }
    },
    /** swagger-parser's {@code OpenAPIV3Parser} reading the spec with {@code resolve} on, as Kiln's loader does. */
    SWAGGER_PARSER("swagger-parser parse") {
        @Override
        void run(CorpusSpec spec, Path output) {
            BareParse.run(spec);
        }
    };

    private final String label;

    Contender(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    /**
     * Runs once on one spec.
     *
     * @param spec the spec
     * @param output an empty directory for the files, when the contender writes any
     */
    abstract void run(CorpusSpec spec, Path output);
}
