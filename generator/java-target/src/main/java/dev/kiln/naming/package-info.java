/**
 * The one place that decides Java names; every other part of Kiln asks here and never builds a name itself.
 * {@link dev.kiln.naming.JavaSymbols} is the Java target's symbol table: the names the IR carries (types, nested
 * types, fields, constants, variants, parameters, services, methods), decided when the spec is linked.
 * {@link dev.kiln.naming.JavaNames} names, for one SDK, the rest: packages, the client and its asynchronous view,
 * the classes around each service, the exceptions, the nested builders. {@link dev.kiln.naming.Naming} holds the
 * rules both apply, and names the members the emitters add beside the IR's (builder conveniences, a union's
 * factories, tests, accessors and visitor, raw accessors).
 */
package dev.kiln.naming;
