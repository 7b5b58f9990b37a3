package dev.kiln.runtime.core;

/**
 * Said by a codec whose values include JSON {@code null} itself, such as {@link Codecs#JSON} (any JSON, kept as it
 * is): a list or a map of it keeps a null item, which its {@link Codec#decode} and {@link Codec#read} are then given
 * like any other, where a null item of any other codec fails as a value missing.
 */
interface AcceptsJsonNull {}
