package dev.kiln.cli;

import dev.kiln.generate.GenerationFailure;
import java.util.LinkedHashMap;
import java.util.Map;

/** What {@code kiln} exits with, documented in its {@code --help}. */
enum ExitCode {
    OK(0, "done: generated, up to date, current, or compared"),
    SPEC_PROBLEMS(
            1,
            "the spec has errors (each printed with its id, pointer, file:line and hint), or the checked SDK is stale"),
    USAGE(2, "the command line is wrong: an unknown option, a missing one, a setting Kiln cannot use"),
    REFUSED(
            3,
            "a change was refused: it breaks the SDK's users (--fail-on-breaking), or the SDK's version does not"
                    + " follow it (--check-version-bump)"),
    FAULT(4, "a file could not be read or written, or Kiln itself failed (a bug: its stack trace follows)"),
    SPEC_UNAVAILABLE(
            5,
            "the spec could not be had: a remote spec could not be fetched (or is not cached, --offline), or its"
                    + " SHA-256 is not the one --spec-checksum pins");

    final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    /** The exit code a refusal gives. */
    static ExitCode of(GenerationFailure.Reason reason) {
        return switch (reason) {
            case SPEC_PROBLEMS, STALE_OUTPUT -> SPEC_PROBLEMS;
            case BAD_SETTING -> USAGE;
            case BREAKING_CHANGE, VERSION_BUMP -> REFUSED;
            case SPEC_UNAVAILABLE, SPEC_CHECKSUM -> SPEC_UNAVAILABLE;
        };
    }

    /** Every code with its meaning, as the help lists them. */
    static Map<String, String> helpList() {
        Map<String, String> list = new LinkedHashMap<>();
        for (ExitCode exit : values()) {
            list.put(Integer.toString(exit.code), exit.meaning);
        }
        return list;
    }
}
