package dev.kiln.cli;

import dev.kiln.emit.JavaTarget;
import dev.kiln.generate.Generation;
import dev.kiln.generate.GenerationFailure;
import dev.kiln.generate.OptionNames;
import dev.kiln.problems.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What {@code generate}, {@code check} and {@code diff} share: the generation they run, and its failures as exit codes. */
abstract class KilnSubcommand implements Callable<Integer> {
    /** The switches a refusal names, as this command line spells them. */
    static final OptionNames OPTIONS = new OptionNames("--fail-on-breaking", "--check-version-bump");

    @Spec
    CommandSpec command;

    /**
     * Runs the command against a generation that logs to the terminal.
     *
     * @param generation the generation
     * @throws GenerationFailure when Kiln refuses, for a reason in the user's hands
     * @throws IOException when a file cannot be read or written
     */
    abstract void run(Generation generation) throws GenerationFailure, IOException;

    @Override
    public Integer call() {
        PrintWriter err = command.commandLine().getErr();
        try {
            run(new Generation(new ConsoleLog(command.commandLine().getOut(), err), OPTIONS, new JavaTarget()));
            return ExitCode.OK.code;
        } catch (GenerationFailure e) {
            if (e.reason() == GenerationFailure.Reason.SPEC_PROBLEMS) {
                // each problem is on standard error already
                long errors = e.problems().stream().filter(Problem::isError).count();
                err.println("kiln: the spec has " + errors + (errors == 1 ? " error" : " errors"));
            } else {
                err.println("kiln: " + e.getMessage());
            }
            err.flush();
            return ExitCode.of(e.reason()).code;
        } catch (IOException e) {
            err.println("kiln: a file could not be read or written: " + e);
            err.flush();
            return ExitCode.FAULT.code;
        }
    }

    /** A spec's path as the user would write it: relative to the working directory when inside it. */
    static String displayName(Path spec) {
        Path workingDirectory = Path.of("").toAbsolutePath();
        Path absolute = spec.toAbsolutePath().normalize();
        return absolute.startsWith(workingDirectory)
                ? workingDirectory.relativize(absolute).toString()
                : spec.toString();
    }
}
