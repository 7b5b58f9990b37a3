/**
 * What happens between one build and the next: whether the SDK is up to date ({@link dev.kiln.lifecycle.Fingerprint}),
 * and what changed in the API since it was last generated ({@link dev.kiln.lifecycle.ApiSnapshot},
 * {@link dev.kiln.lifecycle.ApiComparison}). Plain classes; the Maven goals only call them.
 */
package dev.kiln.lifecycle;
