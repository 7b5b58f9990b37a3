package dev.kiln.together.jsonmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.together.models.CreateEndpointRequest;
import java.lang.reflect.Method;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@code disable_prompt_cache} is deprecated in the spec, so its Java members are {@code @Deprecated}, and they still
 * work.
 */
class DeprecatedFieldTest {

    @Test
    void theDeprecatedFieldsMembersAreAnnotated() throws NoSuchMethodException {
        assertDeprecated(CreateEndpointRequest.Builder.class.getMethod("disablePromptCache", boolean.class));
        assertDeprecated(CreateEndpointRequest.class.getMethod("disablePromptCache"));
        assertDeprecated(CreateEndpointRequest.class.getMethod("_disablePromptCache"));
    }

    @Test
    void itsNeighbourThatIsNotDeprecatedIsNotAnnotated() throws NoSuchMethodException {
        Method setter = CreateEndpointRequest.Builder.class.getMethod("disableSpeculativeDecoding", boolean.class);

        assertFalse(setter.isAnnotationPresent(Deprecated.class), setter.toString());
    }

    @Test
    void theDeprecatedSetterStillSendsTheField() {
        CreateEndpointRequest request = withPromptCacheDisabled();

        assertTrue(Models.json(request.toJson()).get("disable_prompt_cache").booleanValue(), request.toJson());
        assertEquals(Optional.of(true), promptCacheDisabled(request));
    }

    @SuppressWarnings("deprecation")
    private static CreateEndpointRequest withPromptCacheDisabled() {
        return Models.minimalCreateRequest().disablePromptCache(true).build();
    }

    @SuppressWarnings("deprecation")
    private static Optional<Boolean> promptCacheDisabled(CreateEndpointRequest request) {
        return request.disablePromptCache();
    }

    private static void assertDeprecated(Method method) {
        assertTrue(method.isAnnotationPresent(Deprecated.class), () -> method + " is not @Deprecated");
    }
}
