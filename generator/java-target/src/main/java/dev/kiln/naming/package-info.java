/**
 * The one place that decides Java names; every other part of Kiln asks here and never builds a name itself.
 * {@link dev.kiln.naming.JavaSymbols} is the Java target's symbol table: the names the IR carries (types, nested
 * types, fields, constants, variants, parameters, services, methods), decided when the spec is linked.
 * {@link dev.kiln.naming.JavaNames} names, for one SDK, the rest: packages, the client and its asynchronous view,
 * the classes around each service, the exceptions, the nested builders. The rules they apply are kept by kind:
 * {@link dev.kiln.naming.TypeNames}, {@link dev.kiln.naming.MemberNames} (which also names the members the emitters
 * add beside the IR's: builder conveniences, a union's factories, tests, accessors and visitor, raw accessors),
 * {@link dev.kiln.naming.EnumConstantNames} and {@link dev.kiln.naming.OperationNames}.
 * {@link dev.kiln.naming.ReservedNames} spells each fixed member the emitters write once, and every rule keeps its
 * names off them.
 */
package dev.kiln.naming;
