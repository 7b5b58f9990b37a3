package dev.kiln.cli;

import dev.kiln.generate.KilnVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Kiln's command line: {@code kiln generate}, {@code kiln check} and {@code kiln diff}, the same generation as the
 * Maven goals behind them. Results go to standard output, messages to standard error; the exit code says how it
 * went ({@code kiln --help} lists them).
 */
@Command(
        name = "kiln",
        mixinStandardHelpOptions = true,
        versionProvider = Kiln.Version.class,
        description =
                "Generates a typed Java SDK from an OpenAPI 3.0 or 3.1 spec, checks a checked-in one, compares two specs.",
        subcommands = {GenerateCommand.class, CheckCommand.class, DiffCommand.class},
        exitCodeListHeading = "%nExit codes:%n")
public final class Kiln implements Runnable {
    @Spec
    CommandSpec command;

    /** Kiln's version, as {@code --version} prints it. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"kiln " + KilnVersion.get()};
        }
    }

    /** Without a command there is nothing to do: a usage error. */
    @Override
    public void run() {
        throw new ParameterException(command.commandLine(), "name a command: generate, check or diff");
    }

    /**
     * The command line, every command's help listing the exit codes.
     *
     * @return a command line ready to {@link CommandLine#execute}
     */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Kiln());
        commandLine.getCommandSpec().usageMessage().exitCodeList(ExitCode.helpList());
        commandLine.setExecutionExceptionHandler((exception, failed, parsed) -> {
            exception.printStackTrace(failed.getErr());
            return ExitCode.FAULT.code;
        });
        commandLine
                .getSubcommands()
                .values()
                .forEach(sub -> sub.getCommandSpec()
                        .usageMessage()
                        .exitCodeListHeading("%nExit codes:%n")
                        .exitCodeList(ExitCode.helpList()));
        return commandLine;
    }

    /**
     * Runs {@code kiln} and exits with its exit code.
     *
     * @param args the command line's arguments
     */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
