package dev.kiln.generate;

import dev.kiln.link.NameOverrides;
import dev.kiln.link.OperationSelection;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A generation's settings as a front end takes them from its user: text that may be blank or left out. Every front
 * end turns them into a {@link GenerationRequest} here, so the goals and the command line read them alike.
 *
 * @param spec the spec file, found by the front end
 * @param specDisplayName how to name the spec in messages
 * @param basePackage the SDK's base package
 * @param clientName the client's name; blank or {@code null} names it from the spec's title
 * @param maxDroppedPercent the share of operations that may lose a part before the build fails
 * @param include the selectors of the operations to generate; empty or {@code null} for every one
 * @param exclude the selectors of the operations to leave out; empty or {@code null} for none
 * @param idempotencyHeader the header that carries an idempotency key; blank or {@code null} for none
 * @param pagination the paging styles named per operation; empty or {@code null} for the recognised ones
 * @param names the names given in place of Kiln's ({@code id:listPets=pets.list}); empty or {@code null} for none
 */
public record WrittenSettings(
        Path spec,
        String specDisplayName,
        String basePackage,
        String clientName,
        int maxDroppedPercent,
        List<String> include,
        List<String> exclude,
        String idempotencyHeader,
        List<String> pagination,
        List<String> names) {

    /**
     * Returns the request these settings make.
     *
     * @return the request
     * @throws GenerationFailure {@code KILN-BAD-SETTING}, naming a setting Kiln cannot use (a package that is no Java
     *     name, a selector or paging style it cannot read ...) and why
     */
    public GenerationRequest request() throws GenerationFailure {
        return GenerationRequest.checked(() -> new GenerationRequest(
                spec,
                specDisplayName,
                basePackage,
                given(clientName),
                maxDroppedPercent,
                OperationSelection.parse(listed(include), listed(exclude)),
                given(idempotencyHeader),
                PagingSettings.parse(listed(pagination)),
                NameOverrides.parse(listed(names))));
    }

    private static Optional<String> given(String text) {
        return Optional.ofNullable(text).map(String::strip).filter(s -> !s.isEmpty());
    }

    private static List<String> listed(List<String> texts) {
        return texts == null ? List.of() : texts;
    }
}
