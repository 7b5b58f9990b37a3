package dev.kiln.ir;

/**
 * The JSON body an operation takes.
 *
 * @param type the body's type
 * @param required whether the body must be sent
 * @param docs its description
 */
public record RequestBody(TypeRef type, boolean required, Docs docs) {}
