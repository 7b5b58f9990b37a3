package dev.kiln.remote;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Brings a remote spec into its cache: the spec, then every file it {@code $ref}s, or names in a discriminator's
 * mapping, by a relative URL (or an absolute one on the same server), resolved against the URL of the file that holds the reference, each fetched once. A file
 * already cached is revalidated ({@code If-None-Match}, {@code If-Modified-Since}), so an unchanged spec is a few
 * {@code 304}s; offline, the cache is read and nothing is fetched. The spec's headers (its credentials) go to the
 * spec's own server only, redirects included. Every failure is a {@link RemoteSpecException} naming the URL and
 * what happened, never a credential.
 */
public final class RemoteFetcher {
    private static final int MAX_REDIRECTS = 5;
    private static final String ETAG = "etag";
    private static final String LAST_MODIFIED = "last-modified";

    private final Consumer<String> log;

    /**
     * A fetcher.
     *
     * @param log where to say what was fetched, revalidated or read from the cache
     */
    public RemoteFetcher(Consumer<String> log) {
        this.log = log;
    }

    /**
     * Brings the spec and the files it references into the cache.
     *
     * @param spec the spec and how to fetch it
     * @return the spec's cached copy, which the rest of Kiln reads
     * @throws RemoteSpecException when a file cannot be fetched, or is not cached offline
     * @throws IOException when the cache cannot be written or read
     */
    public Path fetch(RemoteSpec spec) throws RemoteSpecException, IOException {
        Mirror mirror = new Mirror(spec.cacheDirectory());
        HttpClient client = spec.offline()
                ? null
                : HttpClient.newBuilder()
                        .connectTimeout(spec.timeout())
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .build();
        URI root = withoutFragment(spec.uri());
        Deque<URI> pending = new ArrayDeque<>();
        Set<URI> seen = new HashSet<>();
        pending.add(root);
        seen.add(root);
        while (!pending.isEmpty()) {
            URI uri = pending.poll();
            boolean isRoot = uri.equals(root);
            Optional<byte[]> bytes =
                    client == null ? cached(mirror, uri, isRoot) : download(client, spec, mirror, uri, isRoot);
            if (bytes.isEmpty()) {
                continue;
            }
            for (String ref : WrittenReferences.in(bytes.get())) {
                referenced(uri, ref).filter(spec::sameOrigin).filter(seen::add).ifPresent(pending::add);
            }
        }
        return mirror.file(root);
    }

    /** Where a reference written in a file at {@code base} points, when it is a file to fetch. */
    private static Optional<URI> referenced(URI base, String ref) {
        if (ref.isEmpty() || ref.startsWith("#")) {
            return Optional.empty(); // within the file
        }
        try {
            URI target = base.resolve(new URI(ref.replace(" ", "%20")));
            String scheme = String.valueOf(target.getScheme());
            return scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")
                    ? Optional.of(withoutFragment(target))
                    : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty(); // the bundler reports a reference it cannot follow, where it is written
        }
    }

    private Optional<byte[]> cached(Mirror mirror, URI uri, boolean isRoot) throws RemoteSpecException, IOException {
        Path file = mirror.file(uri);
        if (Files.isRegularFile(file)) {
            if (isRoot) {
                log.accept("Kiln: offline: reading " + RemoteSpec.displayName(uri) + " from the cache");
            }
            return Optional.of(Files.readAllBytes(file));
        }
        if (!isRoot) {
            return Optional.empty(); // the bundler reports the missing file where it is referenced
        }
        throw new RemoteSpecException(
                RemoteSpecException.Kind.OFFLINE_WITHOUT_CACHE,
                RemoteSpec.displayName(uri) + " is not in the cache ("
                        + mirror.file(uri).getParent()
                        + ") and the build is offline; build once online to fetch it, then offline builds read the"
                        + " cached copy");
    }

    private Optional<byte[]> download(HttpClient client, RemoteSpec spec, Mirror mirror, URI uri, boolean isRoot)
            throws RemoteSpecException, IOException {
        Path file = mirror.file(uri);
        Map<String, String> validators = Files.isRegularFile(file) ? readValidators(mirror.validators(uri)) : Map.of();
        URI current = uri;
        for (int redirects = 0; ; redirects++) {
            HttpResponse<byte[]> response = send(client, request(spec, current, validators), spec, current);
            int status = response.statusCode();
            Optional<String> location = response.headers().firstValue("Location");
            if (status >= 300 && status < 400 && status != 304 && location.isPresent() && redirects < MAX_REDIRECTS) {
                current = current.resolve(location.get());
                continue;
            }
            if (status == 304 && Files.isRegularFile(file)) {
                log.accept("Kiln: " + RemoteSpec.displayName(uri) + " is unchanged (304), read from the cache");
                return Optional.of(Files.readAllBytes(file));
            }
            if (status >= 200 && status < 300) {
                byte[] body = response.body();
                write(file, body);
                writeValidators(mirror.validators(uri), response);
                log.accept("Kiln: fetched " + RemoteSpec.displayName(uri) + " (" + body.length + " bytes)");
                return Optional.of(body);
            }
            if (status == 404 && !isRoot) {
                return Optional.empty(); // the bundler reports the missing file where it is referenced
            }
            throw failed(uri, refusal(spec, status));
        }
    }

    private static HttpRequest request(RemoteSpec spec, URI uri, Map<String, String> validators) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(spec.timeout())
                .header("Accept", "application/yaml, application/json, text/yaml, text/plain;q=0.9, */*;q=0.5")
                .GET();
        if (spec.sameOrigin(uri)) {
            spec.headers().forEach(request::header);
        }
        Optional.ofNullable(validators.get(ETAG)).ifPresent(etag -> request.header("If-None-Match", etag));
        Optional.ofNullable(validators.get(LAST_MODIFIED)).ifPresent(date -> request.header("If-Modified-Since", date));
        return request.build();
    }

    private static HttpResponse<byte[]> send(HttpClient client, HttpRequest request, RemoteSpec spec, URI uri)
            throws RemoteSpecException {
        String where = uri.getHost() + (uri.getPort() >= 0 ? ":" + uri.getPort() : "");
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpConnectTimeoutException e) {
            throw failed(
                    uri,
                    "could not connect to " + where + " within "
                            + spec.timeout().toSeconds() + " s");
        } catch (HttpTimeoutException e) {
            throw failed(
                    uri, "no answer from " + where + " within " + spec.timeout().toSeconds() + " s");
        } catch (ConnectException e) {
            throw failed(uri, "cannot connect to " + where + " (" + reason(e) + ")");
        } catch (IOException e) {
            throw failed(uri, "the connection to " + where + " broke before the answer was whole (" + reason(e) + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failed(uri, "the build was interrupted while fetching");
        }
    }

    private static String reason(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String refusal(RemoteSpec spec, int status) {
        if (status == 401 || status == 403) {
            return "the server answered " + status + ": it refused "
                    + (spec.headers().isEmpty()
                            ? "a request without credentials; name a server of settings.xml with specServerId"
                                    + " (--spec-header NAME=env:VARIABLE on the command line)"
                            : "the credentials given (the "
                                    + String.join(", ", spec.headers().keySet())
                                    + " header); check the server of settings.xml or the environment variable they"
                                    + " come from");
        }
        return "the server answered " + status + " instead of the spec";
    }

    private static RemoteSpecException failed(URI uri, String what) {
        return new RemoteSpecException(
                RemoteSpecException.Kind.FETCH_FAILED, "cannot fetch " + RemoteSpec.displayName(uri) + ": " + what);
    }

    private static URI withoutFragment(URI uri) {
        if (uri.getRawFragment() == null) {
            return uri;
        }
        String text = uri.toString();
        return URI.create(text.substring(0, text.indexOf('#')));
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), ".kiln-", ".tmp");
        Files.write(temporary, bytes);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void writeValidators(Path file, HttpResponse<byte[]> response) throws IOException {
        StringBuilder text = new StringBuilder();
        response.headers()
                .firstValue("ETag")
                .ifPresent(etag -> text.append(ETAG).append('=').append(etag).append('\n'));
        response.headers()
                .firstValue("Last-Modified")
                .ifPresent(date ->
                        text.append(LAST_MODIFIED).append('=').append(date).append('\n'));
        write(file, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, String> readValidators(Path file) throws IOException {
        Map<String, String> validators = new LinkedHashMap<>();
        if (Files.isRegularFile(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int equals = line.indexOf('=');
                if (equals > 0) {
                    validators.put(line.substring(0, equals), line.substring(equals + 1));
                }
            }
        }
        return validators;
    }
}
