/** The Maven goals: thin adapters that map parameters into a request and call the generator. */
package dev.kiln.maven;
