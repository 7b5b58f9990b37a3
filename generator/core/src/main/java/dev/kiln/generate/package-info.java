/**
 * The generator's entry point, with no Maven in sight: {@link dev.kiln.generate.Generator} turns a spec into an
 * SDK's files (load, link, the target's emit), and {@link dev.kiln.generate.Generation} is what every front end runs.
 */
package dev.kiln.generate;
