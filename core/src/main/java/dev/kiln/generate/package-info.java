/**
 * The generator's entry point: spec file to SDK files, through load, link and emit, with no Maven in sight.
 */
package dev.kiln.generate;
