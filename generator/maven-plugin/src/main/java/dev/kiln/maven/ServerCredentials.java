package dev.kiln.maven;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * The header a remote spec's requests carry, from a {@code <server>} of Maven's {@code settings.xml}, its password
 * decrypted as Maven decrypts it ({@code settings-security.xml}): a username and password are HTTP Basic
 * credentials, a password alone a bearer token. The values never leave this header.
 */
final class ServerCredentials {
    private ServerCredentials() {}

    /**
     * The headers of a server.
     *
     * @param settings Maven's settings
     * @param decrypter Maven's decrypter of settings
     * @param serverId the server's {@code <id>}
     * @return {@code Authorization} and its value
     * @throws IllegalArgumentException when there is no such server, it holds no password, or its password cannot be
     *     decrypted
     */
    static Map<String, String> headers(Settings settings, SettingsDecrypter decrypter, String serverId) {
        Server server = settings == null ? null : settings.getServer(serverId);
        if (server == null) {
            throw new IllegalArgumentException("specServerId '" + serverId
                    + "' names no <server> of settings.xml; add one with that <id> and the spec's credentials");
        }
        SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
        for (SettingsProblem problem : result.getProblems()) {
            if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
                throw new IllegalArgumentException("the password of the <server> '" + serverId
                        + "' of settings.xml cannot be decrypted (" + problem.getMessage() + ")");
            }
        }
        Server decrypted = result.getServer();
        String password = decrypted.getPassword();
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException(
                    "the <server> '" + serverId + "' of settings.xml has no <password> (a password or a token)");
        }
        String username = decrypted.getUsername();
        if (username == null || username.isEmpty()) {
            return Map.of("Authorization", "Bearer " + password);
        }
        String pair = username + ":" + password;
        return Map.of(
                "Authorization", "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    }
}
