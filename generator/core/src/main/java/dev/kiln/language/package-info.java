/**
 * The contract between the target-neutral core (spec, link, IR, lifecycle) and a target language: the
 * {@link dev.kiln.language.Symbols} that decide every name the IR carries, and the scopes those names are taken in.
 */
package dev.kiln.language;
