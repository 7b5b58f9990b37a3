package dev.kiln.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The paged operations of the {@code pagination} case (list operations shaped like GitHub's, Stripe's, OpenAI's,
 * Asana's, Twilio's, Kubernetes', Box's) walked over three recorded pages each by a class written against the
 * generated SDK as users write it, against a local server: the items of every page, the requests each style sends,
 * the request options and retries on every page fetch, a server that names the same page again, and the
 * asynchronous auto-pager that fetches no page before its subscriber asks for the items.
 */
class PaginationBehaviourTest {
    private static final String USAGE = """
            package dev.kiln.cases.pagination.usage;

            import dev.kiln.cases.pagination.Cases;
            import dev.kiln.cases.pagination.core.AsyncPage;
            import dev.kiln.cases.pagination.core.Page;
            import dev.kiln.cases.pagination.core.RequestOptions;
            import dev.kiln.cases.pagination.models.*;
            import java.util.ArrayList;
            import java.util.List;
            import java.util.concurrent.CompletableFuture;
            import java.util.concurrent.Flow;
            import java.util.concurrent.LinkedBlockingQueue;
            import java.util.function.Supplier;
            import java.util.stream.Collectors;

            public final class Paging {
                private static final RequestOptions TRACED = RequestOptions.builder().header("X-Trace", "t1").build();

                private static Cases client(String baseUrl) {
                    return Cases.builder().apiKey("key").baseUrl(baseUrl).build();
                }

                public static List<String> issues(String baseUrl) {
                    List<String> titles = new ArrayList<>();
                    Page<Issue, List<Issue>> first = client(baseUrl).issues()
                            .listForRepo("o", "r", IssuesListForRepoParams.builder().perPage(2).build());
                    for (Issue issue : first.autoPager()) {
                        titles.add(issue.title());
                    }
                    return titles;
                }

                /** Pages by hand, noting each page's next parameters. */
                public static List<String> customers(String baseUrl) {
                    List<String> seen = new ArrayList<>();
                    Page<Customer, GetCustomersResponse> page = client(baseUrl).customers().list(GetCustomersParams.builder().limit(2).build(), TRACED);
                    while (true) {
                        page.items().forEach(customer -> seen.add(customer.id()));
                        seen.add("next=" + page.nextPageParams().map(Object::toString).orElse("none"));
                        seen.add("has_more=" + page.body().toJsonNode().get("has_more").asBoolean());
                        if (!page.hasNextPage()) {
                            return seen;
                        }
                        page = page.nextPage();
                    }
                }

                public static List<String> files(String baseUrl) {
                    return client(baseUrl).files().list(ListFilesParams.builder().limit(2).build())
                            .autoPager().stream().map(OpenAiFile::id).collect(Collectors.toList());
                }

                public static List<String> projects(String baseUrl) {
                    return client(baseUrl).projects().list(GetProjectsParams.builder().limit(2).build())
                            .autoPager().stream().map(project -> project.name().orElse("?")).collect(Collectors.toList());
                }

                public static List<String> messages(String baseUrl) {
                    return client(baseUrl).messages().listForAccount("AC1", ListMessageParams.builder().pageSize(2).build())
                            .autoPager().stream().map(message -> message.sid().orElse("?")).collect(Collectors.toList());
                }

                public static List<String> pods(String baseUrl) {
                    return client(baseUrl).pods().listNamespaced("default", ListCoreV1NamespacedPodParams.builder().limit(2).build())
                            .autoPager().stream().map(pod -> pod.metadata().flatMap(m -> m.name()).orElse("?")).collect(Collectors.toList());
                }

                public static List<String> folderItems(String baseUrl) {
                    return client(baseUrl).folders().listItems("0", GetFoldersIdItemsParams.builder().limit(2).build())
                            .autoPager().stream().map(item -> item.id().orElse("?")).collect(Collectors.toList());
                }

                /** Parameters its class shares with another operation's, set and read back through its own class. */
                public static List<String> recentEvents(String baseUrl) {
                    RecentEventsParams params = RecentEventsParams.builder().offset(4).limit(2).build();
                    List<String> seen = new ArrayList<>();
                    seen.add("offset=" + params.offset().orElseThrow() + " limit=" + params.limit().orElseThrow());
                    client(baseUrl).events().listRecent(params).forEach(event -> seen.add(event.id().orElse("?")));
                    return seen;
                }

                public static List<String> events(String baseUrl) {
                    return client(baseUrl).events().list().autoPager().stream()
                            .map(event -> event.id().orElse("?")).collect(Collectors.toList());
                }

                /**
                 * Subscribes to the customers' asynchronous auto-pager and asks for items one step at a time: two, then
                 * (after noting how many requests the server had) three, then the rest. Returns what it saw.
                 */
                public static List<String> customersPublished(String baseUrl, Supplier<Integer> requestsSoFar) throws Exception {
                    AsyncPage<Customer, GetCustomersResponse> first = client(baseUrl).async().customers()
                            .list(GetCustomersParams.builder().limit(2).build(), TRACED).get();
                    LinkedBlockingQueue<String> signals = new LinkedBlockingQueue<>();
                    Flow.Subscription[] subscription = new Flow.Subscription[1];
                    first.autoPager().subscribe(new Flow.Subscriber<Customer>() {
                        public void onSubscribe(Flow.Subscription s) { subscription[0] = s; }
                        public void onNext(Customer item) { signals.add(item.id()); }
                        public void onError(Throwable failure) { signals.add("error " + failure.getClass().getSimpleName()); }
                        public void onComplete() { signals.add("complete"); }
                    });
                    List<String> seen = new ArrayList<>();
                    subscription[0].request(2);
                    seen.add(signals.take());
                    seen.add(signals.take());
                    seen.add("requests=" + requestsSoFar.get());
                    subscription[0].request(3);
                    for (int i = 0; i < 3; i++) {
                        seen.add(signals.take());
                    }
                    seen.add("requests=" + requestsSoFar.get());
                    subscription[0].request(Long.MAX_VALUE);
                    seen.add(signals.take());
                    return seen;
                }
            }
            """;

    private static CompiledSdk sdk;
    private static Class<?> paging;
    private PageFixtureServer server;

    @BeforeAll
    static void compile() {
        sdk = CompiledSdk.of(FeatureCase.named("pagination"));
        paging = sdk.compileUsage("Paging", USAGE);
    }

    @BeforeEach
    void start() throws Exception {
        server = new PageFixtureServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theLinkHeaderLeadsFromPageToPage() {
        server.page(
                        "/repos/o/r/issues?per_page=2",
                        "[{\"id\":1,\"title\":\"a\"},{\"id\":2,\"title\":\"b\"}]",
                        Map.of(
                                "Link",
                                "<{base}/repos/o/r/issues?per_page=2&page=2>; rel=\"next\", <{base}/repos/o/r/issues?per_page=2&page=3>; rel=\"last\""))
                .page(
                        "/repos/o/r/issues?page=2&per_page=2",
                        "[{\"id\":3,\"title\":\"c\"},{\"id\":4,\"title\":\"d\"}]",
                        Map.of(
                                "Link",
                                "<{base}/repos/o/r/issues?per_page=2&page=1>; rel=\"prev\", <{base}/repos/o/r/issues?per_page=2&page=3>; rel=\"next\""))
                .page(
                        "/repos/o/r/issues?page=3&per_page=2",
                        "[{\"id\":5,\"title\":\"e\"}]",
                        Map.of("Link", "<{base}/repos/o/r/issues?per_page=2&page=2>; rel=\"prev\""));

        assertEquals(List.of("a", "b", "c", "d", "e"), run("issues"));
        assertEquals(3, server.received().size());
    }

    @Test
    void stripeStyleCursorsContinueAfterTheLastItemWithOptionsAndRetriesOnEveryPage() {
        server.page("/v1/customers?limit=2", customers(true, "cus_1", "cus_2"))
                .page("/v1/customers?limit=2&starting_after=cus_2", customers(true, "cus_3", "cus_4"))
                .page("/v1/customers?limit=2&starting_after=cus_4", customers(false, "cus_5"))
                .failOnce("/v1/customers?limit=2&starting_after=cus_4");

        assertEquals(
                List.of(
                        "cus_1",
                        "cus_2",
                        "next=[limit=2, starting_after=cus_2]",
                        "has_more=true",
                        "cus_3",
                        "cus_4",
                        "next=[limit=2, starting_after=cus_4]",
                        "has_more=true",
                        "cus_5",
                        "next=none",
                        "has_more=false"),
                run("customers"));
        assertEquals(
                List.of(
                        "/v1/customers?limit=2",
                        "/v1/customers?limit=2&starting_after=cus_2",
                        "/v1/customers?limit=2&starting_after=cus_4",
                        "/v1/customers?limit=2&starting_after=cus_4"),
                server.received());
        assertEquals(
                List.of("t1", "t1", "t1", "t1"),
                server.traces(),
                "the request options go with every page and every retry");
    }

    @Test
    void openAiStyleCursorsComeFromLastIdUntilHasMoreIsFalse() {
        server.page("/v1/files?limit=2", files(true, "file-b", "file-a", "file-b"))
                .page("/v1/files?after=file-b&limit=2", files(true, "file-d", "file-c", "file-d"))
                .page("/v1/files?after=file-d&limit=2", files(false, "file-e", "file-e"));

        assertEquals(List.of("file-a", "file-b", "file-c", "file-d", "file-e"), run("files"));
    }

    @Test
    void aServerThatNamesTheSameCursorAgainStopsPagingWithAClearException() {
        server.page("/v1/files?limit=2", files(true, "file-b", "file-a", "file-b"))
                .page("/v1/files?after=file-b&limit=2", files(true, "file-b", "file-c"));

        Throwable thrown = failure("files");

        assertEquals("CasesInvalidResponseException", thrown.getClass().getSimpleName());
        assertTrue(thrown.getMessage().contains("paging would never end"), thrown.getMessage());
        assertEquals(2, server.received().size(), "the repeated page is not fetched again");
    }

    @Test
    void asanaStyleOffsetsComeFromNextPage() {
        server.page(
                        "/projects?limit=2",
                        "{\"data\":[{\"name\":\"p1\"},{\"name\":\"p2\"}],\"next_page\":{\"offset\":\"eyJ0\",\"path\":\"/projects?limit=2&offset=eyJ0\"}}")
                .page(
                        "/projects?limit=2&offset=eyJ0",
                        "{\"data\":[{\"name\":\"p3\"},{\"name\":\"p4\"}],\"next_page\":{\"offset\":\"eyJ1\"}}")
                .page("/projects?limit=2&offset=eyJ1", "{\"data\":[{\"name\":\"p5\"}],\"next_page\":null}");

        assertEquals(List.of("p1", "p2", "p3", "p4", "p5"), run("projects"));
    }

    @Test
    void twilioStyleNextPageUrisAreFollowed() {
        String path = "/v2010/Accounts/AC1/Messages.json";
        server.page(
                        path + "?PageSize=2",
                        "{\"messages\":[{\"sid\":\"SM1\"},{\"sid\":\"SM2\"}],\"next_page_uri\":\"" + path
                                + "?PageSize=2&Page=1&PageToken=PASM2\"}")
                .page(
                        path + "?Page=1&PageSize=2&PageToken=PASM2",
                        "{\"messages\":[{\"sid\":\"SM3\"},{\"sid\":\"SM4\"}],\"next_page_uri\":\"" + path
                                + "?PageSize=2&Page=2&PageToken=PASM4\"}")
                .page(
                        path + "?Page=2&PageSize=2&PageToken=PASM4",
                        "{\"messages\":[{\"sid\":\"SM5\"}],\"next_page_uri\":null}");

        assertEquals(List.of("SM1", "SM2", "SM3", "SM4", "SM5"), run("messages"));
    }

    @Test
    void kubernetesContinueTokensComeFromTheListMetadata() {
        server.page("/api/v1/namespaces/default/pods?limit=2", pods("c1", "a", "b"))
                .page("/api/v1/namespaces/default/pods?continue=c1&limit=2", pods("c2", "c", "d"))
                .page("/api/v1/namespaces/default/pods?continue=c2&limit=2", pods("", "e"));

        assertEquals(List.of("a", "b", "c", "d", "e"), run("pods"));
    }

    @Test
    void offsetsAdvanceByTheItemsOfEachPageUntilOneIsEmpty() {
        server.page("/folders/0/items?limit=2", "{\"entries\":[{\"id\":\"1\"},{\"id\":\"2\"}]}")
                .page("/folders/0/items?limit=2&offset=2", "{\"entries\":[{\"id\":\"3\"},{\"id\":\"4\"}]}")
                .page("/folders/0/items?limit=2&offset=4", "{\"entries\":[{\"id\":\"5\"}]}")
                .page("/folders/0/items?limit=2&offset=5", "{\"entries\":[]}");

        assertEquals(List.of("1", "2", "3", "4", "5"), run("folderItems"));
    }

    @Test
    void parametersTwoOperationsShareAreSetAndReadThroughEachOnesOwnClass() throws ClassNotFoundException {
        // RecentEventsParams and GetFoldersIdItemsParams have the same parameters, declared once in a package-private
        // class both extend (SharedParams); the usage class, in another package, sees them as each class's own
        server.page("/events/recent?offset=4&limit=2", "[{\"id\":\"e5\"},{\"id\":\"e6\"}]");

        assertEquals(List.of("offset=4 limit=2", "e5", "e6"), run("recentEvents"));
        assertEquals(
                "AbstractGetFoldersIdItemsParams",
                Class.forName("dev.kiln.cases.pagination.models.RecentEventsParams", false, sdk.loader())
                        .getSuperclass()
                        .getSimpleName());
    }

    @Test
    void theSpecNamesAStyleKilnCouldNotTell() {
        server.page("/events", "[{\"id\":\"e1\"}]")
                .page("/events?p=2", "[{\"id\":\"e2\"}]")
                .page("/events?p=3", "[{\"id\":\"e3\"}]")
                .page("/events?p=4", "[]");

        assertEquals(List.of("e1", "e2", "e3"), run("events"));
    }

    @Test
    void theAsyncAutoPagerFetchesAPageOnlyWhenItsItemsAreAskedFor() {
        server.page("/v1/customers?limit=2", customers(true, "cus_1", "cus_2"))
                .page("/v1/customers?limit=2&starting_after=cus_2", customers(true, "cus_3", "cus_4"))
                .page("/v1/customers?limit=2&starting_after=cus_4", customers(false, "cus_5"))
                .failOnce("/v1/customers?limit=2&starting_after=cus_4");
        java.util.function.Supplier<Integer> requests = () -> server.received().size();

        Object seen = invoke("customersPublished", server.baseUrl(), requests);

        assertEquals(
                List.of("cus_1", "cus_2", "requests=1", "cus_3", "cus_4", "cus_5", "requests=4", "complete"), seen);
        assertEquals(List.of("t1", "t1", "t1", "t1"), server.traces());
    }

    private Object run(String method) {
        return invoke(method, server.baseUrl());
    }

    private Throwable failure(String method) {
        try {
            paging.getMethod(method, String.class).invoke(null, server.baseUrl());
        } catch (InvocationTargetException e) {
            return e.getCause();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError(method + " did not fail");
    }

    private static Object invoke(String method, Object... arguments) {
        try {
            for (java.lang.reflect.Method candidate : paging.getMethods()) {
                if (candidate.getName().equals(method) && candidate.getParameterCount() == arguments.length) {
                    return candidate.invoke(null, arguments);
                }
            }
            throw new AssertionError("no method " + method);
        } catch (InvocationTargetException e) {
            throw new AssertionError(method + " failed", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static String customers(boolean hasMore, String... ids) {
        StringBuilder data = new StringBuilder();
        for (String id : ids) {
            data.append(data.length() == 0 ? "" : ",")
                    .append("{\"id\":\"")
                    .append(id)
                    .append("\"}");
        }
        return "{\"object\":\"list\",\"data\":[" + data + "],\"has_more\":" + hasMore + ",\"url\":\"/v1/customers\"}";
    }

    /** A page of files whose last id is {@code lastId}, which a well-behaved server makes its last item's. */
    private static String files(boolean hasMore, String lastId, String... ids) {
        StringBuilder data = new StringBuilder();
        for (String id : ids) {
            data.append(data.length() == 0 ? "" : ",")
                    .append("{\"id\":\"")
                    .append(id)
                    .append("\",\"filename\":\"f\"}");
        }
        return "{\"object\":\"list\",\"data\":[" + data + "],\"first_id\":\"" + ids[0] + "\",\"last_id\":\"" + lastId
                + "\",\"has_more\":" + hasMore + "}";
    }

    private static String pods(String next, String... names) {
        StringBuilder items = new StringBuilder();
        for (String name : names) {
            items.append(items.length() == 0 ? "" : ",")
                    .append("{\"metadata\":{\"name\":\"")
                    .append(name)
                    .append("\"}}");
        }
        return "{\"apiVersion\":\"v1\",\"kind\":\"PodList\",\"items\":[" + items + "],\"metadata\":{\"continue\":\""
                + next + "\"}}";
    }
}
