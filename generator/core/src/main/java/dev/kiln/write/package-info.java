/** Writing a generated SDK to disk, and comparing one with what is on disk. */
package dev.kiln.write;
