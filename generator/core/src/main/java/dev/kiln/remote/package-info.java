/**
 * A spec at an {@code http:} or {@code https:} URL: fetched, with the files it references beside it, into a cache
 * under the build directory that mirrors the URLs' paths, revalidated with {@code ETag} / {@code Last-Modified}, and
 * read from there offline. The rest of Kiln reads the cached copy as a local spec.
 */
package dev.kiln.remote;
