/**
 * Problems found in a spec, each with a stable id, a {@link dev.kiln.problems.JsonPointer}, a file and line, and a
 * hint: collected while reading and linking, then reported together before anything is written.
 */
package dev.kiln.problems;
