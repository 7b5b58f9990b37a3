package dev.kiln.link;

import dev.kiln.ir.AuthScheme;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The security schemes a spec declares, as the client can take them: bearer tokens (HTTP bearer, and OAuth2 flows in
 * which the user brings the token), API keys in a header, a query parameter or a cookie, HTTP Basic, and OAuth2's
 * client-credentials grant. OpenID Connect and mutual TLS are left out: the user brings a token or a TLS context.
 */
final class SecuritySchemes {
    private SecuritySchemes() {}

    static List<AuthScheme> declared(OpenAPI openApi) {
        if (openApi.getComponents() == null || openApi.getComponents().getSecuritySchemes() == null) {
            return List.of();
        }
        List<AuthScheme> schemes = new ArrayList<>();
        for (Map.Entry<String, SecurityScheme> entry :
                openApi.getComponents().getSecuritySchemes().entrySet()) {
            SecurityScheme scheme = entry.getValue();
            String name = entry.getKey();
            if (scheme == null || scheme.getType() == null) {
                continue;
            }
            switch (scheme.getType()) {
                case APIKEY -> {
                    if (scheme.getName() != null && scheme.getIn() != null) {
                        schemes.add(new AuthScheme.ApiKey(name, location(scheme.getIn()), scheme.getName()));
                    }
                }
                case HTTP -> {
                    if ("basic".equalsIgnoreCase(scheme.getScheme())) {
                        schemes.add(new AuthScheme.Basic(name));
                    } else if ("bearer".equalsIgnoreCase(scheme.getScheme())) {
                        schemes.add(new AuthScheme.Bearer(name));
                    }
                }
                case OAUTH2 -> {
                    OAuthFlow clientCredentials =
                            scheme.getFlows() == null ? null : scheme.getFlows().getClientCredentials();
                    if (clientCredentials != null && clientCredentials.getTokenUrl() != null) {
                        List<String> scopes = clientCredentials.getScopes() == null
                                ? List.of()
                                : List.copyOf(clientCredentials.getScopes().keySet());
                        schemes.add(
                                new AuthScheme.OAuth2ClientCredentials(name, clientCredentials.getTokenUrl(), scopes));
                    } else {
                        schemes.add(new AuthScheme.Bearer(name));
                    }
                }
                default -> {
                    // OpenID Connect, mutual TLS: nothing the builder can set beyond a token or a TLS context
                }
            }
        }
        return List.copyOf(schemes);
    }

    private static AuthScheme.Location location(SecurityScheme.In in) {
        return switch (in) {
            case QUERY -> AuthScheme.Location.QUERY;
            case COOKIE -> AuthScheme.Location.COOKIE;
            default -> AuthScheme.Location.HEADER;
        };
    }
}
