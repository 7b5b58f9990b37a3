package dev.kiln.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.language.NameScope;
import dev.kiln.language.Route;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MethodNamesTest {
    /** Names a method: the tail and the resources are written with {@code |} between their parts. */
    private static String name(
            String method, String path, String tail, String through, String operationId, String resources) {
        return MethodNames.methodName(
                new Route(
                        method,
                        path,
                        tail == null ? List.of() : List.of(tail.split("\\|")),
                        Optional.ofNullable(through),
                        Optional.ofNullable(operationId),
                        List.of(resources.split("\\|")),
                        false,
                        Optional.empty()),
                new NameScope());
    }

    @ParameterizedTest(name = "{0} {1} in {5} -> {6}")
    @CsvSource({
        // a collection and an item
        "GET, /files, , , , Files, list",
        "POST, /batches, , , , Batches, create",
        "GET, /files/{id}, {id}, , , Files, retrieve",
        "PATCH, /deployments/{id}, {id}, , , Deployments, update",
        "PUT, /compute/clusters/storage/volumes, , , , SharedVolume, update",
        "DELETE, /files/{id}, {id}, , , Files, delete",
        "POST, /v1/customers/{customer}, {customer}, , , Customers, update",
        // an action, with the noun before it when an item comes between
        "POST, /batches/{id}/cancel, {id}|cancel, , , Batches, cancel",
        "POST, /files/upload, upload, , , Files, upload",
        "POST, /fine-tunes/estimate-price, estimate-price, , , FineTuning, estimatePrice",
        "GET, /rl/checkpoints/{id}/download, checkpoints|{id}|download, , , Rl, downloadCheckpoint",
        // a noun after an item: a verb and the noun
        "GET, /fine-tunes/{id}/events, {id}|events, , , FineTuning, listEvents",
        "GET, /fine-tunes/{id}/checkpoints, {id}|checkpoints, , , FineTuning, listCheckpoints",
        "GET, /files/{id}/content, {id}|content, , , Files, retrieveContent",
        "GET, /fine-tunes/models/supported, supported, , , FineTuning|Models, listSupported",
        "GET, /evaluation/model-list, model-list, , , Evaluation, listModels",
        "GET, /rl/training-sessions/{id}/sample/{op}, {id}|sample|{op}, , , Rl, retrieveSample",
        // a collection reached through a parent item
        "GET, /projects/{project_gid}/tasks, , projects, , Tasks, listForProject",
        // a path that ends in the house verb, as remote procedure calls name theirs: the verb, and the noun before it
        "POST, /payment/create, create, , , Payment, create",
        "POST, /payment/get, get, , , Payment, retrieve",
        "POST, /payment/list, list, , , Payment, list",
        "POST, /payment/token/create, token|create, , , Payment, createToken",
        "POST, /accounts/balance/get, balance|get, , , Accounts, retrieveBalance",
        "POST, /payment/recipient/list, recipient|list, , , Payment, listRecipients",
        "POST, /link/create_token, create_token, , , Link, createToken",
        "POST, /link/{id}/get_status, {id}|get_status, , , Link, retrieveStatus",
        // other verbs of such calls
        "POST, /item/public_token/exchange, public_token|exchange, , , Item, exchangePublicToken",
        "POST, /sandbox/transfer/simulate, transfer|simulate, , , Sandbox, simulateTransfer",
        "POST, /sandbox/item/fire_webhook, item|fire_webhook, , , Sandbox, fireWebhook",
        "POST, /signal/evaluate, evaluate, , , Signal, evaluate",
        // a noun that starts like a verb stays a noun
        "GET, /v1/exchange_rates, exchange_rates, , , Stripe, listExchangeRates",
    })
    void thePathsShapeNamesAnOperationWithoutAnId(
            String method, String path, String tail, String through, String id, String resources, String expected) {
        assertEquals(expected, name(method, path, tail, through, id, resources));
    }

    @ParameterizedTest(name = "{4} in {5} -> {6}")
    @CsvSource({
        // an id that only echoes the path is the path's shape
        "GET, /files/{id}/content, {id}|content, , getFilesIdContent, Files, retrieveContent",
        "POST, /files/upload, upload, , postFilesUpload, Files, upload",
        "GET, /models, , , models, Models, list",
        "POST, /embeddings, , , embeddings, Embeddings, create",
        "POST, /chat/completions, , , chat-completions, Chat|Completions, create",
        "GET, /v1/customers/{customer}/sources, , , GetCustomersCustomerSources, Customers|Sources, list",
        "GET, /clusters/availability-zones, availability-zones, , availabilityZones, Endpoints, listAvailabilityZones",
        // a prefix naming the service is dropped
        "GET, /compute/clusters, , , GPUClusterService_List, GpuCluster, list",
        "GET, /compute/clusters/{cluster_id}, {cluster_id}, , GPUClusterService_Get, GpuCluster, retrieve",
        "GET, /tci/sessions, , , sessions/list, CodeInterpreter|Sessions, list",
        "GET, /tci/sessions, sessions, , sessions/list, CodeInterpreter, listSessions",
        "POST, /tci/execute, execute, , tci/execute, CodeInterpreter, execute",
        // words repeating the resource are dropped
        "GET, /endpoints, , , listEndpoints, Endpoints, list",
        "DELETE, /endpoints/{endpointId}, {endpointId}, , deleteEndpoint, Endpoints, delete",
        "GET, /policies, , , listPolicies, Policies, list",
        "GET, /hardware, , , listHardware, Hardware, list",
        // a synonym of the house verb becomes it
        "GET, /evaluation, , , getAllEvaluationJobs, Evaluation, list",
        "GET, /voices, , , fetchVoices, Voices, list",
        "GET, /jobs/{jobId}, {jobId}, , getJob, Jobs, retrieve",
        "GET, /endpoints/{endpointId}, {endpointId}, , getEndpoint, Endpoints, retrieve",
        "GET, /evaluation/{id}/status, {id}|status, , getEvaluationJobStatusAndResults, Evaluation, retrieveStatus",
        "POST, /queue/cancel, cancel, , cancelQueueJob, Queue, cancel",
        // an id naming what the path does not wins
        "POST, /models, , , uploadModel, Models, upload",
        "POST, /rl/training-sessions, , , startTrainingSession, Rl|TrainingSessions, start",
        "GET, /files/{file_id}/content, {file_id}|content, , downloadFile, Files, download",
        "GET, /audio/speech/websocket, websocket, , realtime-tts, Audio|Speech, realtimeTts",
        "GET, /pets/findByStatus, find-by-status, , findPetsByStatus, Pets, findByStatus",
        "GET, /v1, , , getRoot, Default, getRoot",
        "POST, /v1/3d_secure, , , Post3dSecure, _3dSecure, create",
        "GET, /projects/{project_gid}/tasks, , projects, getTasksForProject, Tasks, listForProject",
        "GET, /workspaces/{gid}/audit_log_events, {gid}|audit_log_events, , getAuditLogEvents, AuditLog, listEvents",
        "POST, /files/upload_sessions, upload_sessions, , post_files_upload_sessions, UploadsChunked, createUploadSession",
        "POST, /goals/{gid}/addFollowers, {gid}|addFollowers, , addFollowers, Goals, addFollowers",
        "GET, /api/v1/namespaces/{namespace}/pods, , namespaces, listCoreV1NamespacedPod, Pods, listNamespaced",
        "GET, /evaluation/model-list, model-list, , getModelList, Evaluation, listModels",
        "GET, /queue/metrics, metrics, , getQueueMetrics, Queue, listMetrics",
        // an action the path names stays, though the id says create (PagerDuty's spec)
        "POST, /schedules/preview, preview, , createSchedulePreview, Schedules, preview",
        "POST, /incidents/{id}/snooze, {id}|snooze, , createIncidentSnooze, Incidents, snooze",
        "POST, /users/{id}/regenerate_private_url_key, {id}|regenerate_private_url_key, ,"
                + " regenerateUserPrivateUrlKey, Users, regeneratePrivateUrlKey",
        // an id that echoes a remote procedure's path is its shape (Plaid's spec)
        "POST, /payment_initiation/payment/create, create, , paymentInitiationPaymentCreate, Plaid|Payment, create",
        "POST, /payment_initiation/payment/token/create, token|create, , paymentInitiationPaymentTokenCreate,"
                + " Plaid|Payment, createToken",
    })
    void anOperationIdKeepsWhatItSaysThatThePathDoesNot(
            String method, String path, String tail, String through, String id, String resources, String expected) {
        assertEquals(expected, name(method, path, tail, through, id, resources));
    }

    @Test
    void anUpdateOfAWholeCollectionItsIdNamesInThePluralUpdatesAll() {
        NameScope scope = new NameScope();
        Route many = new Route(
                "PUT",
                "/incidents",
                List.of(),
                Optional.empty(),
                Optional.of("updateIncidents"),
                List.of("Incidents"),
                false,
                Optional.of("incidents"));
        Route one = new Route(
                "PUT",
                "/incidents/{id}",
                List.of("{id}"),
                Optional.empty(),
                Optional.of("updateIncident"),
                List.of("Incidents"),
                false,
                Optional.of("incidents"));
        Route volumes = new Route(
                "PUT",
                "/compute/clusters/storage/volumes",
                List.of(),
                Optional.empty(),
                Optional.of("SharedVolumeService_Update"),
                List.of("SharedVolume"),
                false,
                Optional.of("volumes"));

        assertEquals("updateAll", MethodNames.methodName(many, scope));
        assertEquals("update", MethodNames.methodName(one, scope));
        assertEquals("update", MethodNames.methodName(volumes, new NameScope()), "an id naming no plural is one");
    }

    @Test
    void aGetOfANounThatAnswersWithAnArrayLists() {
        Route recent = new Route(
                "GET",
                "/events/recent",
                List.of("recent"),
                Optional.empty(),
                Optional.of("recentEvents"),
                List.of("Events"),
                true,
                Optional.of("events"));
        assertEquals("listRecent", MethodNames.methodName(recent, new NameScope()));
    }

    @Test
    void aGetOfAResourceItsPathNamesInTheSingularRetrievesIt() {
        Route balance = new Route(
                "GET",
                "/2010-04-01/Accounts/{AccountSid}/Balance.json",
                List.of(),
                Optional.of("Accounts"),
                Optional.of("FetchBalance"),
                List.of("Balance"),
                false,
                Optional.of("Balance"));
        assertEquals("retrieve", MethodNames.methodName(balance, new NameScope()));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        // Object's final methods cannot be overridden, and every service has withRawResponse()
        "notify, notify_",
        "wait, wait_",
        "getClass, getClass_",
        "withRawResponse, withRawResponse_",
        "new, new_",
    })
    void methodsAvoidMembersEveryServiceHasAndKeywords(String override, String expected) {
        assertEquals(expected, OperationNames.overriddenMethodName(override, new NameScope()));
    }

    @Test
    void aNameTakenInTheResourceSaysWhereItsPathDiffers() {
        NameScope sandbox = new NameScope();
        assertEquals("fireWebhook", MethodNames.methodName(call("/sandbox/item/fire_webhook", "Sandbox"), sandbox));
        assertEquals(
                "fireWebhookForIncome",
                MethodNames.methodName(call("/sandbox/income/fire_webhook", "Sandbox"), sandbox));
        assertEquals("resetLogin", MethodNames.methodName(call("/sandbox/user/reset_login", "Sandbox"), sandbox));
        assertEquals(
                "resetLoginForPaymentProfile",
                MethodNames.methodName(call("/sandbox/payment_profile/reset_login", "Sandbox"), sandbox));

        // a segment the name says already tells nothing apart
        NameScope cra = new NameScope();
        assertEquals("retrievePartnerInsight", MethodNames.methodName(call("/cra/partner_insights/get", "Cra"), cra));
        assertEquals(
                "retrievePartnerInsightForCheckReport",
                MethodNames.methodName(call("/cra/check_report/partner_insights/get", "Cra"), cra));

        // the segment that stands for a tag's resource tells them apart too (Box's spec)
        NameScope sessions = new NameScope();
        Route users = route(
                "POST",
                "/users/terminate_sessions",
                "terminate_sessions",
                "post_users_terminate_sessions",
                "SessionTermination");
        Route groups = route(
                "POST",
                "/groups/terminate_sessions",
                "terminate_sessions",
                "post_groups_terminate_sessions",
                "SessionTermination");
        assertEquals("terminateSessions", MethodNames.methodName(users, sessions));
        assertEquals("terminateSessionsForGroups", MethodNames.methodName(groups, sessions));
    }

    @Test
    void aNameTakenByACallOnAnotherKindOfItemSaysItsKey() {
        NameScope contacts = new NameScope();
        Route byNumber =
                route("GET", "/Contacts/{ContactNumber}", "{ContactNumber}", "getContactByContactNumber", "Contacts");
        Route byId = route("GET", "/Contacts/{ContactID}", "{ContactID}", "getContact", "Contacts");
        Route webhook = route(
                "GET",
                "/webhooks/{webhook_id}/{webhook_token}",
                "{webhook_id}|{webhook_token}",
                "get_webhook_by_token",
                "Webhooks");

        assertEquals("retrieve", MethodNames.methodName(byNumber, contacts));
        assertEquals("retrieveById", MethodNames.methodName(byId, contacts), "the resource's words are left out");
        NameScope webhooks = new NameScope();
        webhooks.allocate("retrieve");
        assertEquals("retrieveByToken", MethodNames.methodName(webhook, webhooks));
    }

    /** A POST with no operation id to a path below {@code resource}, whose segments after the first are its tail. */
    private static Route call(String path, String resource) {
        List<String> segments = List.of(path.substring(1).split("/"));
        return route("POST", path, String.join("|", segments.subList(1, segments.size())), null, resource);
    }

    /**
     * A call in one resource its path's first segment stands for, reached through no parent item: the tail written
     * with {@code |} between its segments, the operation id null when it has none.
     */
    private static Route route(String method, String path, String tail, String operationId, String resource) {
        return new Route(
                method,
                path,
                List.of(tail.split("\\|")),
                Optional.empty(),
                Optional.ofNullable(operationId),
                List.of(resource),
                false,
                Optional.of(path.substring(1).split("/")[0]));
    }

    @Test
    void methodsThatCollideAreNumberedInSpecOrder() {
        NameScope scope = new NameScope();
        Route listing = new Route(
                "GET",
                "/endpoints",
                List.of(),
                Optional.empty(),
                Optional.of("listEndpoints"),
                List.of("Endpoints"),
                false,
                Optional.of("endpoints"));
        assertEquals("list", MethodNames.methodName(listing, scope));
        assertEquals("list2", MethodNames.methodName(listing, scope));
    }

    @ParameterizedTest(name = "{0} names {1}: {2}")
    @CsvSource({
        "files, Files, true",
        "file, Files, true",
        "clusters, GpuCluster, true",
        "storage, DeploymentsStorage, true",
        "volumes, SharedVolume, true",
        "fine-tunes, FineTuning, false",
        "deployments, Secrets, false",
        "oauth, OAuth, true",
        "watermark, WatermarksFiles, true",
        "code_of_conduct, CodesOfConduct, true",
    })
    void aSegmentNamesAResourceByItsLastWords(String segment, String resource, boolean names) {
        assertEquals(names, OperationNames.namesResource(segment, resource));
    }

    @ParameterizedTest(name = "{0} in {1} -> {2}")
    @CsvSource({
        "completions, Chat, Completions",
        "chat-completions, Chat, Completions",
        "training-sessions, Rl, TrainingSessions",
        "chat, Chat, ''",
    })
    void aNestedResourceNeverRepeatsItsParent(String segment, String parent, String key) {
        assertEquals(key, OperationNames.nestedResourceKey(segment, parent));
    }
}
