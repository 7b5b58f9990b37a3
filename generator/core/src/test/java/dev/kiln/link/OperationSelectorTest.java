package dev.kiln.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How users name the operations to generate: by tag, path pattern or operation id. */
class OperationSelectorTest {

    @Test
    void aTagSelectorMatchesAnyOfTheOperationsTags() {
        OperationSelector selector = OperationSelector.parse("tag:repos");

        assertTrue(selector.matches("/x", List.of("issues", "repos"), "a"));
        assertFalse(selector.matches("/x", List.of("Repos"), "a"));
        assertFalse(selector.matches("/x", List.of(), "a"));
    }

    @Test
    void anIdSelectorMatchesTheOperationIdExactly() {
        OperationSelector selector = OperationSelector.parse(" id: repos/get ");

        assertTrue(selector.matches("/repos/{owner}/{repo}", List.of(), "repos/get"));
        assertFalse(selector.matches("/repos/{owner}/{repo}", List.of(), "repos/get-all"));
    }

    @Test
    void aSingleStarStaysInsideOnePathSegment() {
        OperationSelector selector = OperationSelector.parse("path:/repos/*/issues");

        assertTrue(selector.matches("/repos/{owner}/issues", List.of(), ""));
        assertFalse(selector.matches("/repos/{owner}/{repo}/issues", List.of(), ""));
    }

    @Test
    void aDoubleStarCrossesSegmentsAndATrailingOneAlsoMatchesThePathItself() {
        OperationSelector selector = OperationSelector.parse("path:/v1/customers/**");

        assertTrue(selector.matches("/v1/customers", List.of(), ""));
        assertTrue(selector.matches("/v1/customers/{customer}/sources/{id}", List.of(), ""));
        assertFalse(selector.matches("/v1/customers_search", List.of(), ""));
        assertTrue(OperationSelector.parse("path:/v1/**/sources").matches("/v1/customers/{c}/sources", List.of(), ""));
    }

    @Test
    void patternCharactersOtherThanStarsAreTakenLiterally() {
        OperationSelector selector = OperationSelector.parse("path:/files/{id}.json");

        assertTrue(selector.matches("/files/{id}.json", List.of(), ""));
        assertFalse(selector.matches("/files/{id}xjson", List.of(), ""));
    }

    @Test
    void textWithoutAKnownPrefixOrValueIsRefusedWithTheFormsThatWork() {
        for (String bad : List.of("repos", "tags:repos", "tag:", "path: ")) {
            IllegalArgumentException e =
                    assertThrows(IllegalArgumentException.class, () -> OperationSelector.parse(bad));
            assertTrue(e.getMessage().contains("tag:<tag>, path:<pattern> or id:<operationId>"), e.getMessage());
        }
    }

    @Test
    void aSelectionTakesTheIncludedLessTheExcluded() {
        OperationSelection selection =
                OperationSelection.parse(List.of("tag:pets", "id:getStore"), List.of("path:/pets/{id}"));

        assertTrue(selection.selects("/pets", List.of("pets"), "listPets"));
        assertTrue(selection.selects("/store", List.of("store"), "getStore"));
        assertFalse(selection.selects("/pets/{id}", List.of("pets"), "getPet"));
        assertFalse(selection.selects("/users", List.of("users"), "listUsers"));
        assertEquals("include tag:pets, id:getStore; exclude path:/pets/{id}", selection.toString());
    }

    @Test
    void withNoSelectorsEverythingIsSelected() {
        OperationSelection selection = OperationSelection.parse(List.of(" "), List.of());

        assertTrue(selection.isEverything());
        assertTrue(selection.selects("/anything", List.of(), ""));
        assertFalse(OperationSelection.parse(List.of(), List.of("tag:x")).selects("/y", List.of("x"), ""));
    }
}
