package dev.kiln.it.own;

/** Written by hand in the shared output directory: Kiln must never touch it. */
public final class Notes {
    private Notes() {}
}
