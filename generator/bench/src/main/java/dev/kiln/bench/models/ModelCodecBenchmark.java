package dev.kiln.bench.models;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Decode (JSON text to model) and encode (model to JSON text) of one payload with one kind of model. Each
 * combination of parameters runs in a fork of its own, so no kind of model shares a JIT profile with another.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ModelCodecBenchmark {
    /** Which payload. */
    @Param({"ENDPOINTS", "CUSTOMER", "EMBEDDINGS", "EMBEDDINGS_FLOAT64", "CHAT_COMPLETION", "CHAT_STREAM"})
    public Payload payload;

    /** Which kind of model. */
    @Param({"KILN", "RECORDS", "OPENAPI_GENERATOR"})
    public Models models;

    private ModelCodec codec;
    private String json;
    private Object decoded;

    /**
     * Builds the payload and decodes it once for the encode benchmark.
     *
     * @throws Exception when the payload does not decode
     */
    @Setup
    public void setUp() throws Exception {
        codec = models.codec(payload);
        json = payload.json();
        decoded = codec.decode(json);
    }

    /**
     * Reads the payload.
     *
     * @return the model, for JMH to consume
     * @throws Exception when it does not decode
     */
    @Benchmark
    public Object decode() throws Exception {
        return codec.decode(json);
    }

    /**
     * Writes the model decoded in set-up.
     *
     * @return the JSON text, for JMH to consume
     * @throws Exception when it does not encode
     */
    @Benchmark
    public String encode() throws Exception {
        return codec.encode(decoded);
    }
}
