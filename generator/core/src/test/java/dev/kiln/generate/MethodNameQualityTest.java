package dev.kiln.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MethodNameQualityTest {
    @ParameterizedTest(name = "{0} for {1} {2}: {3}")
    @CsvSource({
        "getFilesIdContent, GET, /files/{id}/content, true",
        "getDeployments, GET, /deployments/secrets, true",
        "postFilesUpload, POST, /files/upload, true",
        "get3dSecure, GET, /v1/3d_secure/{id}, true",
        "retrieveContent, GET, /files/{id}/content, false",
        "deleteDiscount, DELETE, /v1/customers/{customer}/discount, false",
        "list, GET, /files, false",
        "getRoot, GET, /v1, false",
    })
    void aNameEchoesItsPathWhenItIsTheMethodAndThePathsWords(String name, String method, String path, boolean echoes) {
        assertEquals(echoes, MethodNameQuality.echoesPath(name, method, path));
    }

    @ParameterizedTest(name = "{1}().{0}: {2}")
    @CsvSource({
        "deleteFile, files, true",
        "embeddings, embeddings, true",
        "listEndpoints, endpoints, true",
        "listForFile, fileVersions, false",
        "list, files, false",
        "retrieveContent, files, false",
    })
    void aNameRepeatsItsResourceWhenItHoldsTheAccessorsWords(String name, String accessor, boolean repeats) {
        assertEquals(repeats, MethodNameQuality.repeatsResource(name, accessor));
    }
}
