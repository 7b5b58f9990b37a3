/**
 * The API as Kiln understands it, between the spec and the generated code: records and sealed interfaces that hold no
 * parser types and no nulls, with every name already decided by the target's symbol table and every list in spec
 * order. It carries every fact the later stages need (servers, each operation's responses and media types,
 * parameter defaults, the extensions Kiln reads), so nothing after linking reads the parsed spec.
 */
package dev.kiln.ir;
