/**
 * The API as Kiln understands it, between the spec and the Java: records and sealed interfaces that hold no
 * parser types and no nulls, with every Java name already decided and every list in spec order.
 */
package dev.kiln.ir;
