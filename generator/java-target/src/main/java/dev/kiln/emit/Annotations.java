package dev.kiln.emit;

import com.palantir.javapoet.AnnotationSpec;

/** Annotations generated code carries. */
final class Annotations {
    /** On generated code that uses what the spec deprecates: the user is warned where they use it, not here. */
    static final AnnotationSpec SUPPRESS_DEPRECATION = AnnotationSpec.builder(SuppressWarnings.class)
            .addMember("value", "$S", "deprecation")
            .build();

    private Annotations() {}
}
