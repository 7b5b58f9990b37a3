package dev.kiln.link;

import dev.kiln.ir.TypeRef;

/**
 * A schema linked at a use site.
 *
 * @param type its type
 * @param nullable whether the use site admits JSON {@code null}
 */
record Linked(TypeRef type, boolean nullable) {}
