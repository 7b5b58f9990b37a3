/** The digest Kiln writes into fingerprints, checksums and the mirror's file names. */
package dev.kiln.digest;
