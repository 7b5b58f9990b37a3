/**
 * The bench: Kiln beside OpenAPI Generator (java, native) and swagger-parser's bare parse on the public corpus, and
 * JMH benchmarks of generated models. {@link dev.kiln.bench.Bench} runs it and writes the markdown report.
 */
package dev.kiln.bench;
