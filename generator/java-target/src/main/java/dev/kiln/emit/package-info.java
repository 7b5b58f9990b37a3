/**
 * Emitters: one per kind of file (models, enums, interfaces, params, services, client, errors, runtime). Each
 * takes IR, returns Java files, does no I/O and never sees the spec.
 */
package dev.kiln.emit;
