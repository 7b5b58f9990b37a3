package dev.kiln.it.pets;

/** Written by hand, in the package Kiln generates into: Kiln must never touch this file. */
final class Extra {
    private Extra() {}
}
