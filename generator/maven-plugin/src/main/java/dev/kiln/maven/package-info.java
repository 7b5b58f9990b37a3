/** The Maven goals: thin adapters that map parameters into a request, hand it to {@link dev.kiln.generate.Generation}, and turn its failures into Maven's. */
package dev.kiln.maven;
