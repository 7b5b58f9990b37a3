/**
 * Kiln's command line ({@code kiln generate}, {@code kiln check}, {@code kiln diff}): picocli commands that turn
 * their options into a request to {@link dev.kiln.generate.Generation}, as the Maven goals do, and its failures into
 * exit codes.
 */
package dev.kiln.cli;
