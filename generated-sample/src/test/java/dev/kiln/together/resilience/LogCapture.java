package dev.kiln.together.resilience;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Captures what one logger writes. The SDK logs through {@link System.Logger}, which goes to
 * {@code java.util.logging} unless the application installs another backend; this attaches a handler to the
 * {@code java.util.logging} logger of the same name and restores it on {@link #close()}.
 */
final class LogCapture implements AutoCloseable {
    private final Logger logger;
    private final Level previousLevel;
    private final boolean previousUseParentHandlers;
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final SimpleFormatter formatter = new SimpleFormatter();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    private LogCapture(String loggerName) {
        // a field holds the logger, so that the JDK cannot collect it (and its level) while the capture is on
        this.logger = Logger.getLogger(loggerName);
        this.previousLevel = logger.getLevel();
        this.previousUseParentHandlers = logger.getUseParentHandlers();
        handler.setLevel(Level.ALL);
        logger.addHandler(handler);
        logger.setLevel(Level.ALL);
        logger.setUseParentHandlers(false);
    }

    /**
     * Starts capturing everything the named logger logs.
     *
     * @param loggerName the logger's name, such as {@code dev.kiln.together.core.HttpExecutor}
     * @return the capture; close it to stop
     */
    static LogCapture of(String loggerName) {
        return new LogCapture(loggerName);
    }

    /**
     * The records logged so far, oldest first.
     *
     * @return a snapshot
     */
    List<LogRecord> records() {
        return List.copyOf(records);
    }

    /**
     * The messages logged so far, with any parameters filled in, oldest first.
     *
     * @return a snapshot
     */
    List<String> lines() {
        return records.stream().map(formatter::formatMessage).toList();
    }

    @Override
    public void close() {
        logger.removeHandler(handler);
        logger.setLevel(previousLevel);
        logger.setUseParentHandlers(previousUseParentHandlers);
    }
}
