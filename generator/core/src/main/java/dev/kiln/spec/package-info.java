/** Reading a spec file: swagger-parser parses and resolves it; Kiln keeps where each element is written. */
package dev.kiln.spec;
