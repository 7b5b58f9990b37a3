package dev.kiln.runtime.core;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** One call to make: method, path (with its parameters already encoded), query, headers, cookies and body. */
public final class ApiRequest {
    private final String method;
    private final String path;
    private final List<Map.Entry<String, String>> query;
    private final Map<String, String> headers;
    private final List<Map.Entry<String, String>> cookies;
    private final RequestContent content;

    private ApiRequest(Builder builder) {
        this.method = builder.method;
        this.path = builder.path;
        this.query = List.copyOf(builder.query);
        this.headers = Map.copyOf(builder.headers);
        this.cookies = List.copyOf(builder.cookies);
        this.content = builder.content;
    }

    /**
     * Starts a request.
     *
     * @param method the HTTP method, such as {@code GET}
     * @param pathTemplate the path relative to the base URL, with {@code {name}} placeholders
     * @return the builder
     */
    public static Builder builder(String method, String pathTemplate) {
        return new Builder(method, pathTemplate);
    }

    /**
     * Returns the HTTP method.
     *
     * @return the method
     */
    public String method() {
        return method;
    }

    /**
     * Returns the path relative to the base URL, with parameters percent-encoded.
     *
     * @return the path
     */
    public String path() {
        return path;
    }

    /**
     * Returns the query parameters in the order they were added, not yet encoded.
     *
     * @return the query parameters
     */
    public List<Map.Entry<String, String>> query() {
        return query;
    }

    /**
     * Returns the request's own headers.
     *
     * @return the headers
     */
    public Map<String, String> headers() {
        return headers;
    }

    /**
     * Returns the cookies in the order they were added, not yet encoded.
     *
     * @return the cookies
     */
    public List<Map.Entry<String, String>> cookies() {
        return cookies;
    }

    /**
     * Returns the {@code Cookie} header that carries the cookies, each value percent-encoded.
     *
     * @return for example {@code session=abc; theme=dark}, or empty when there are no cookies
     */
    public Optional<String> cookieHeader() {
        if (cookies.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder header = new StringBuilder();
        for (Map.Entry<String, String> cookie : cookies) {
            if (header.length() > 0) {
                header.append("; ");
            }
            header.append(cookie.getKey()).append('=').append(UrlEncoding.queryComponent(cookie.getValue()));
        }
        return Optional.of(header.toString());
    }

    /**
     * Returns the body, if the request has one.
     *
     * @return the body with its content type
     */
    public Optional<RequestContent> content() {
        return Optional.ofNullable(content);
    }

    /**
     * Returns the path and query as they are sent, percent-encoded.
     *
     * @return for example {@code /endpoints?type=dedicated}
     */
    public String pathAndQuery() {
        if (query.isEmpty()) {
            return path;
        }
        StringBuilder target = new StringBuilder(path).append('?');
        for (int i = 0; i < query.size(); i++) {
            Map.Entry<String, String> parameter = query.get(i);
            if (i > 0) {
                target.append('&');
            }
            target.append(UrlEncoding.queryComponent(parameter.getKey()))
                    .append('=')
                    .append(UrlEncoding.queryComponent(parameter.getValue()));
        }
        return target.toString();
    }

    /**
     * Starts a builder holding this request, to add to it.
     *
     * @return a builder with this request's method, path, query, headers and body
     */
    public Builder toBuilder() {
        Builder builder = new Builder(method, path);
        builder.query.addAll(query);
        builder.headers.putAll(headers);
        builder.cookies.addAll(cookies);
        builder.content = content;
        return builder;
    }

    /**
     * Returns this request sent to another path and query, with the same method, headers, cookies and body: the
     * next page's request when the server names its URL.
     *
     * @param rawPath the path relative to the base URL, already percent-encoded
     * @param query the query parameters, not encoded
     * @return the request
     */
    ApiRequest withTarget(String rawPath, List<Map.Entry<String, String>> query) {
        Builder builder = new Builder(method, rawPath);
        builder.query.addAll(query);
        builder.headers.putAll(headers);
        builder.cookies.addAll(cookies);
        builder.content = content;
        return new ApiRequest(builder);
    }

    @Override
    public String toString() {
        return method + " " + pathAndQuery();
    }

    /** Builds an {@link ApiRequest}. */
    public static final class Builder {
        private final String method;
        private String path;
        private final List<Map.Entry<String, String>> query = new ArrayList<>();
        private final Map<String, String> headers = new LinkedHashMap<>();
        private final List<Map.Entry<String, String>> cookies = new ArrayList<>();
        private RequestContent content;

        private Builder(String method, String pathTemplate) {
            this.method = Objects.requireNonNull(method, "method");
            this.path = Objects.requireNonNull(pathTemplate, "pathTemplate");
        }

        /**
         * Fills the {@code {name}} placeholder with a percent-encoded value.
         *
         * @param name the placeholder's name
         * @param value the raw value
         * @return this builder
         * @throws IllegalArgumentException when the value is empty or the template has no such placeholder
         */
        public Builder pathParam(String name, String value) {
            Objects.requireNonNull(value, name);
            if (value.isEmpty()) {
                throw new IllegalArgumentException("path parameter '" + name + "' must not be empty");
            }
            String placeholder = "{" + name + "}";
            if (!path.contains(placeholder)) {
                throw new IllegalArgumentException("the path " + path + " has no parameter '" + name + "'");
            }
            path = path.replace(placeholder, UrlEncoding.pathSegment(value));
            return this;
        }

        /**
         * Sets a query parameter, in place of every value it had: the next page's cursor, page number or offset.
         *
         * @param name the parameter's name
         * @param value its value
         * @return this builder
         */
        public Builder replaceQuery(String name, String value) {
            query.removeIf(parameter -> parameter.getKey().equals(name));
            return query(name, Objects.requireNonNull(value, name));
        }

        /**
         * Adds a query parameter, unless the value is null.
         *
         * @param name the parameter's name
         * @param value the raw value, or null to leave the parameter out
         * @return this builder
         */
        public Builder query(String name, String value) {
            if (value != null) {
                query.add(Map.entry(name, value));
            }
            return this;
        }

        /**
         * Adds a query parameter once for each value.
         *
         * @param name the parameter's name
         * @param values the raw values
         * @return this builder
         */
        public Builder queryAll(String name, Collection<String> values) {
            for (String value : values) {
                query(name, value);
            }
            return this;
        }

        /**
         * Sets a header, unless the value is null.
         *
         * @param name the header's name
         * @param value the value, or null to leave the header out
         * @return this builder
         */
        public Builder header(String name, String value) {
            if (value != null) {
                headers.put(name, value);
            }
            return this;
        }

        /**
         * Adds a cookie, unless the value is null.
         *
         * @param name the cookie's name
         * @param value the raw value, or null to leave the cookie out
         * @return this builder
         */
        public Builder cookie(String name, String value) {
            if (value != null) {
                cookies.add(Map.entry(name, value));
            }
            return this;
        }

        /**
         * Sets a JSON body.
         *
         * @param json the body
         * @return this builder
         */
        public Builder jsonBody(JsonNode json) {
            return content(RequestContent.json(json));
        }

        /**
         * Sets an {@code application/x-www-form-urlencoded} body.
         *
         * @param fields the form's fields, a JSON object
         * @return this builder
         * @see RequestContent#form(JsonNode)
         */
        public Builder formBody(JsonNode fields) {
            return content(RequestContent.form(fields));
        }

        /**
         * Sets a {@code multipart/form-data} body.
         *
         * @param fields the fields sent as parts, a JSON object; the files in it are sent as file parts
         * @return this builder
         * @see RequestContent#multipart(JsonNode)
         */
        public Builder multipartBody(JsonNode fields) {
            return content(RequestContent.multipart(fields));
        }

        /**
         * Sets the body.
         *
         * @param content the body with its content type
         * @return this builder
         */
        public Builder content(RequestContent content) {
            this.content = Objects.requireNonNull(content, "content");
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the request
         * @throws IllegalStateException when a path placeholder was left unfilled
         */
        public ApiRequest build() {
            int open = path.indexOf('{');
            if (open >= 0 && path.indexOf('}', open) > open) {
                throw new IllegalStateException("the path parameter in " + path + " was not given");
            }
            return new ApiRequest(this);
        }
    }
}
