package dev.kiln.cli;

import dev.kiln.generate.GenerationLog;
import dev.kiln.lifecycle.ApiChange;
import java.io.PrintWriter;

/**
 * The terminal as a generation's log: what was done and the change report (the results) on standard output,
 * warnings and errors on standard error.
 */
final class ConsoleLog implements GenerationLog {
    private final PrintWriter out;
    private final PrintWriter err;

    ConsoleLog(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public void info(String message) {
        out.println(message);
        out.flush();
    }

    @Override
    public void warn(String message) {
        err.println("warning: " + message);
        err.flush();
    }

    @Override
    public void error(String message) {
        err.println("error: " + message);
        err.flush();
    }

    /** Every line of the change report is a result, breaking or not. */
    @Override
    public void change(ApiChange change) {
        info("  " + change);
    }
}
