/**
 * The one place that decides Java names: types, nested types, fields, constants, services and methods. Every
 * other part of Kiln asks here and never builds a name itself.
 */
package dev.kiln.naming;
