package dev.kiln.bench.models;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * The payloads' shapes as a developer would write them by hand for Jackson: records with snake_case names through
 * the mapper's naming strategy, enums for closed sets of values, absent fields left out when writing.
 */
public final class HandWrittenRecords {
    /** The mapper the records are read and written with. */
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private HandWrittenRecords() {}

    /** The endpoint listing. */
    public record EndpointList(String object, List<Endpoint> data) {}

    /** One endpoint. */
    public record Endpoint(
            String object,
            String id,
            String name,
            String displayName,
            String model,
            String hardware,
            String owner,
            EndpointType type,
            EndpointState state,
            OffsetDateTime createdAt,
            Autoscaling autoscaling) {}

    /** Dedicated or serverless. */
    public enum EndpointType {
        @JsonProperty("dedicated")
        DEDICATED,
        @JsonProperty("serverless")
        SERVERLESS
    }

    /** Where an endpoint is in its lifecycle. */
    public enum EndpointState {
        PENDING,
        STARTING,
        STARTED,
        STOPPING,
        STOPPED,
        ERROR
    }

    /** Replica bounds. */
    public record Autoscaling(int minReplicas, int maxReplicas) {}

    /** A Stripe-shaped customer. */
    public record Customer(
            String id,
            String object,
            long created,
            String email,
            String name,
            String description,
            Long balance,
            String currency,
            Boolean delinquent,
            boolean livemode,
            Map<String, String> metadata,
            Address address,
            InvoiceSettings invoiceSettings,
            SubscriptionList subscriptions) {}

    /** A postal address. */
    public record Address(String city, String country, String line1, String line2, String postalCode, String state) {}

    /** Invoice defaults. */
    public record InvoiceSettings(String defaultPaymentMethod, String footer) {}

    /** A page of subscriptions. */
    public record SubscriptionList(String object, List<Subscription> data, boolean hasMore, String url) {}

    /** A subscription. */
    public record Subscription(
            String id,
            String object,
            SubscriptionStatus status,
            long created,
            Long currentPeriodStart,
            Long currentPeriodEnd,
            Boolean cancelAtPeriodEnd,
            CollectionMethod collectionMethod,
            String customer,
            Map<String, String> metadata,
            SubscriptionItemList items,
            Invoice latestInvoice) {}

    /** A subscription's status. */
    public enum SubscriptionStatus {
        @JsonProperty("active")
        ACTIVE,
        @JsonProperty("past_due")
        PAST_DUE,
        @JsonProperty("unpaid")
        UNPAID,
        @JsonProperty("canceled")
        CANCELED,
        @JsonProperty("incomplete")
        INCOMPLETE,
        @JsonProperty("incomplete_expired")
        INCOMPLETE_EXPIRED,
        @JsonProperty("trialing")
        TRIALING,
        @JsonProperty("paused")
        PAUSED
    }

    /** How a subscription is paid. */
    public enum CollectionMethod {
        @JsonProperty("charge_automatically")
        CHARGE_AUTOMATICALLY,
        @JsonProperty("send_invoice")
        SEND_INVOICE
    }

    /** A page of subscription items. */
    public record SubscriptionItemList(String object, List<SubscriptionItem> data, boolean hasMore, String url) {}

    /** One item of a subscription. */
    public record SubscriptionItem(
            String id, String object, long created, Long quantity, Map<String, String> metadata, Price price) {}

    /** A price. */
    public record Price(
            String id,
            String object,
            boolean active,
            String currency,
            Long unitAmount,
            String nickname,
            String product,
            PriceType type,
            Recurring recurring,
            boolean livemode,
            Map<String, String> metadata) {}

    /** One-time or recurring. */
    public enum PriceType {
        @JsonProperty("one_time")
        ONE_TIME,
        @JsonProperty("recurring")
        RECURRING
    }

    /** How a recurring price recurs. */
    public record Recurring(Interval interval, long intervalCount, UsageType usageType) {}

    /** A billing interval. */
    public enum Interval {
        @JsonProperty("day")
        DAY,
        @JsonProperty("week")
        WEEK,
        @JsonProperty("month")
        MONTH,
        @JsonProperty("year")
        YEAR
    }

    /** Licensed or metered. */
    public enum UsageType {
        @JsonProperty("licensed")
        LICENSED,
        @JsonProperty("metered")
        METERED
    }

    /** An invoice. */
    public record Invoice(
            String id,
            String object,
            long amountDue,
            long amountPaid,
            String currency,
            InvoiceStatus status,
            InvoiceLineList lines) {}

    /** An invoice's status. */
    public enum InvoiceStatus {
        @JsonProperty("draft")
        DRAFT,
        @JsonProperty("open")
        OPEN,
        @JsonProperty("paid")
        PAID,
        @JsonProperty("uncollectible")
        UNCOLLECTIBLE,
        @JsonProperty("void")
        VOID
    }

    /** A page of invoice lines. */
    public record InvoiceLineList(String object, List<InvoiceLine> data, boolean hasMore, String url) {}

    /** One line of an invoice. */
    public record InvoiceLine(
            String id,
            String object,
            long amount,
            String currency,
            String description,
            long quantity,
            Period period,
            Price price) {}

    /** A billing period. */
    public record Period(long start, long end) {}

    /** An embeddings answer. */
    public record EmbeddingList(String object, String model, List<Embedding> data) {}

    /** One input's embedding. */
    public record Embedding(String object, List<Double> embedding, int index) {}

    /** A chat completion. */
    public record ChatCompletion(
            String id, String object, long created, String model, List<ChatChoice> choices, Usage usage) {}

    /** One choice of a completion. */
    public record ChatChoice(int index, FinishReason finishReason, ChatMessage message) {}

    /** The message a choice answers with. */
    public record ChatMessage(Role role, String content, List<ToolCall> toolCalls) {}

    /** A call of one of the request's tools. */
    public record ToolCall(Integer index, String id, String type, FunctionCall function) {}

    /** The function a tool call calls, and its arguments as JSON text. */
    public record FunctionCall(String name, String arguments) {}

    /** The tokens a completion used. */
    public record Usage(int promptTokens, int completionTokens, int totalTokens) {}

    /** Why a choice stopped. */
    public enum FinishReason {
        @JsonProperty("stop")
        STOP,
        @JsonProperty("eos")
        EOS,
        @JsonProperty("length")
        LENGTH,
        @JsonProperty("tool_calls")
        TOOL_CALLS
    }

    /** Who wrote a message. */
    public enum Role {
        @JsonProperty("system")
        SYSTEM,
        @JsonProperty("user")
        USER,
        @JsonProperty("assistant")
        ASSISTANT,
        @JsonProperty("tool")
        TOOL
    }

    /** One chunk of a streamed completion. */
    public record ChatCompletionChunk(
            String id, String object, long created, String model, List<ChunkChoice> choices, Usage usage) {}

    /** One choice of a chunk. */
    public record ChunkChoice(int index, FinishReason finishReason, ChunkDelta delta) {}

    /** What a chunk adds to its choice's message. */
    public record ChunkDelta(Role role, String content, List<ToolCallDelta> toolCalls) {}

    /** What a chunk adds to a tool call. */
    public record ToolCallDelta(int index, String id, String type, FunctionCallDelta function) {}

    /** What a chunk adds to a tool call's function. */
    public record FunctionCallDelta(String name, String arguments) {}
}
