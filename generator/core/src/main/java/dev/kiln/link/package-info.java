/**
 * Linking: turns swagger-parser's model into Kiln's IR. References are resolved, inline schemas named, every name
 * asked of the target's symbol table ({@link dev.kiln.language.Symbols}), and every problem reported with its JSON
 * pointer.
 */
package dev.kiln.link;
