/**
 * The JMH benchmarks of generated models: the payloads, the hand-written Jackson records they are compared with,
 * and one codec per kind of model (Kiln's, the records, OpenAPI Generator's).
 */
package dev.kiln.bench.models;
