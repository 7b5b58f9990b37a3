/**
 * What happens between one build and the next: whether the SDK is up to date ({@link dev.kiln.lifecycle.Fingerprint}),
 * what changed in the API since it was last generated ({@link dev.kiln.lifecycle.ApiSnapshot},
 * {@link dev.kiln.lifecycle.ApiComparison}), and what the last generation wrote, and where
 * ({@link dev.kiln.lifecycle.GenerationRecord}, {@link dev.kiln.lifecycle.SdkOutput}). Plain classes; the Maven goals
 * only call them.
 */
package dev.kiln.lifecycle;
