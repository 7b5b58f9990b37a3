/**
 * Linking: turns swagger-parser's model into Kiln's IR. References are resolved, inline schemas named, names
 * decided by the naming authority, and every problem reported with its JSON pointer.
 */
package dev.kiln.link;
