package dev.kiln.maven;

import dev.kiln.emit.JavaTarget;
import dev.kiln.generate.Generation;
import dev.kiln.generate.GenerationFailure;
import dev.kiln.generate.GenerationLog;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The generation {@code kiln:generate} and {@code kiln:check} run in a JVM of its own ({@link ForkedGeneration}):
 * reads its order, one line of JSON, from its standard input, generates or checks, and writes the log and how it
 * ended on its standard output as {@link ForkLine}s. It stops as soon as its standard input closes, which happens when
 * the build that started it ends or is killed, so it never writes on after the build is gone; each file is written
 * whole, and the fingerprint last, as in Maven's JVM.
 */
public final class GenerationProcess {
    /** Exit code when the generation refused or a file could not be read or written: the last line says which. */
    static final int REFUSED = 1;

    /** Exit code when the build that started it is gone. */
    static final int ORPHANED = 3;

    private GenerationProcess() {}

    /**
     * Runs one generation.
     *
     * @param args none
     * @throws IOException when the order cannot be read
     */
    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line = in.readLine();
        if (line == null) {
            Runtime.getRuntime().halt(ORPHANED);
        }
        ForkOrder order = ForkOrder.read(line);
        Thread watch = new Thread(() -> stopWhenClosed(in), "kiln-build-watch");
        watch.setDaemon(true);
        watch.start();
        ForkLine end = run(order, new LineLog(out));
        if (end != null) {
            out.println(end.json());
            out.flush();
            System.exit(REFUSED);
        }
    }

    /**
     * Runs the order, with the build's network properties set in this JVM first; how it ended when it refused or
     * failed, {@code null} when it did what it was asked.
     */
    static ForkLine run(ForkOrder order, GenerationLog log) {
        order.network().forEach(System::setProperty);
        try {
            order.run(new Generation(log, RefusalSwitches.MAVEN, new JavaTarget()));
            return null;
        } catch (GenerationFailure e) {
            return new ForkLine(ForkLine.Kind.FAILURE, e.reason(), e.getMessage());
        } catch (IOException e) {
            return ForkLine.message(ForkLine.Kind.IO, e.getMessage());
        }
    }

    private static void stopWhenClosed(BufferedReader in) {
        try {
            while (in.read() >= 0) {
                // the build sends nothing after the order; it only closes the stream
            }
        } catch (IOException e) {
            // closed as well
        }
        Runtime.getRuntime().halt(ORPHANED);
    }

    /** The log, each message a line for the build. */
    private record LineLog(PrintStream out) implements GenerationLog {
        @Override
        public void info(String message) {
            out.println(ForkLine.message(ForkLine.Kind.INFO, message).json());
        }

        @Override
        public void warn(String message) {
            out.println(ForkLine.message(ForkLine.Kind.WARN, message).json());
        }

        @Override
        public void error(String message) {
            out.println(ForkLine.message(ForkLine.Kind.ERROR, message).json());
        }
    }
}
