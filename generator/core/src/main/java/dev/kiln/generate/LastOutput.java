package dev.kiln.generate;

import dev.kiln.lifecycle.GenerationRecord;
import dev.kiln.lifecycle.SdkOutput;
import dev.kiln.write.OutputWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.SourceVersion;

/**
 * What the last generation of an execution wrote, and where, as the execution's record says: the files this
 * generation deletes when it no longer writes them, whether its package, client or output directory changed.
 *
 * @param directory the directory it wrote into, absolute
 * @param sdk the SDK it wrote
 */
record LastOutput(Path directory, SdkOutput sdk) {

    /**
     * The last output a record names.
     *
     * @param record the execution's record
     * @param output where this generation writes, and where the record is
     * @return the last output, or empty when the record was written by a Kiln that did not keep it
     */
    static Optional<LastOutput> of(GenerationRecord record, OutputSettings output) {
        return record.writtenOutput().map(sdk -> new LastOutput(output.recordedDirectory(sdk.directory()), sdk));
    }

    /**
     * Everything the last generation wrote into its directory: its files and its manifest.
     *
     * @return paths relative to the directory
     */
    List<String> generated() {
        List<String> generated = new ArrayList<>(sdk.files());
        if (SourceVersion.isName(sdk.basePackage())) {
            generated.add(OutputWriter.manifestName(sdk.basePackage()));
        }
        return generated;
    }

    /**
     * Tells whether the last generation wrote into this directory, however either is spelled (through a link, say).
     *
     * @param outputDirectory this generation's output directory
     * @return true when it is the same directory
     * @throws IOException when an existing directory cannot be resolved
     */
    boolean isIn(Path outputDirectory) throws IOException {
        Path now = outputDirectory.toAbsolutePath().normalize();
        if (now.equals(directory)) {
            return true;
        }
        return Files.exists(now) && Files.exists(directory) && Files.isSameFile(now, directory);
    }
}
