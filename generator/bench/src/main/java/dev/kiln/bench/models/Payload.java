package dev.kiln.bench.models;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.function.ObjLongConsumer;

/**
 * The JSON the benchmarks decode, built the same way every time (no randomness), so runs compare alike: two shaped
 * like Together's and Stripe's REST answers, and three like Together's inference answers.
 */
public enum Payload {
    /** An endpoint listing of 1,000 endpoints. */
    ENDPOINTS {
        @Override
        ObjectNode tree() {
            ObjectNode list = object().put("object", "list");
            ArrayNode data = list.putArray("data");
            String[] states = {"PENDING", "STARTING", "STARTED", "STOPPING", "STOPPED", "ERROR"};
            for (int i = 0; i < ENDPOINT_COUNT; i++) {
                ObjectNode endpoint = data.addObject()
                        .put("object", "endpoint")
                        .put("id", String.format(Locale.ROOT, "endpoint-%08x", i * 2654435761L & 0xffffffffL))
                        .put("name", "team-" + (i % 37) + "/llama-4-scout-" + i)
                        .put("display_name", "Llama 4 Scout, replica set " + i)
                        .put("model", "meta-llama/Llama-4-Scout-17B-16E-Instruct")
                        .put("hardware", (1 + i % 8) + "x_nvidia_h100_80gb_sxm")
                        .put("owner", "team-" + (i % 37))
                        .put("type", i % 3 == 0 ? "serverless" : "dedicated")
                        .put("state", states[i % states.length])
                        .put(
                                "created_at",
                                String.format(
                                        Locale.ROOT,
                                        "2026-%02d-%02dT%02d:%02d:%02dZ",
                                        1 + i % 12,
                                        1 + i % 28,
                                        i % 24,
                                        i % 60,
                                        1 + i % 59));
                endpoint.putObject("autoscaling").put("min_replicas", 1 + i % 2).put("max_replicas", 2 + i % 9);
            }
            return list;
        }
    },
    /**
     * A Stripe-sized customer graph: a customer with 20 subscriptions, each of 5 items with their prices and a
     * latest invoice of 5 lines with theirs (1,065 JSON objects).
     */
    CUSTOMER {
        @Override
        ObjectNode tree() {
            ObjectNode customer = object().put("id", "cus_NffrFeUfNV2Hib")
                    .put("object", "customer")
                    .put("created", 1680893993L)
                    .put("email", "jennyrosen@example.com")
                    .put("name", "Jenny Rosen")
                    .put("description", "A customer with many subscriptions")
                    .put("balance", -1250L)
                    .put("currency", "usd")
                    .put("delinquent", false)
                    .put("livemode", false);
            customer.putObject("metadata").put("order_id", "6735").put("segment", "enterprise");
            customer.putObject("address")
                    .put("city", "South San Francisco")
                    .put("country", "US")
                    .put("line1", "354 Oyster Point Blvd")
                    .put("line2", "Suite 200")
                    .put("postal_code", "94080")
                    .put("state", "CA");
            customer.putObject("invoice_settings")
                    .put("default_payment_method", "pm_1NffrFeUfNV2HibX")
                    .put("footer", "Thank you");
            ObjectNode subscriptions =
                    page(customer.putObject("subscriptions"), "/v1/customers/cus_NffrFeUfNV2Hib/subscriptions");
            String[] statuses = {"active", "past_due", "trialing", "canceled"};
            for (int s = 0; s < SUBSCRIPTIONS; s++) {
                ObjectNode subscription = subscriptions
                        .withArray("data")
                        .addObject()
                        .put("id", "sub_" + s + "1MowQVLkdIwHu7ix")
                        .put("object", "subscription")
                        .put("status", statuses[s % statuses.length])
                        .put("created", 1680893993L + s)
                        .put("current_period_start", 1680893993L + s * 86400L)
                        .put("current_period_end", 1683572393L + s * 86400L)
                        .put("cancel_at_period_end", s % 5 == 0)
                        .put("collection_method", s % 2 == 0 ? "charge_automatically" : "send_invoice")
                        .put("customer", "cus_NffrFeUfNV2Hib");
                subscription.putObject("metadata").put("plan", "plan-" + s);
                ObjectNode items =
                        page(subscription.putObject("items"), "/v1/subscription_items?subscription=sub_" + s);
                for (int i = 0; i < ITEMS; i++) {
                    ObjectNode item = items.withArray("data")
                            .addObject()
                            .put("id", "si_" + s + "_" + i + "NcriZLkdIwHu7ix")
                            .put("object", "subscription_item")
                            .put("created", 1680893994L + i)
                            .put("quantity", 1 + i);
                    item.putObject("metadata");
                    price(item.putObject("price"), s, i);
                }
                ObjectNode invoice = subscription
                        .putObject("latest_invoice")
                        .put("id", "in_" + s + "1MtHbELkdIwHu7ixl4OzzPMv")
                        .put("object", "invoice")
                        .put("amount_due", 1500L * ITEMS)
                        .put("amount_paid", s % 2 == 0 ? 1500L * ITEMS : 0)
                        .put("currency", "usd")
                        .put("status", s % 2 == 0 ? "paid" : "open");
                ObjectNode lines = page(invoice.putObject("lines"), "/v1/invoices/in_" + s + "/lines");
                for (int l = 0; l < ITEMS; l++) {
                    ObjectNode line = lines.withArray("data")
                            .addObject()
                            .put("id", "il_" + s + "_" + l + "1MtHbELkdIwHu7ix")
                            .put("object", "line_item")
                            .put("amount", 1500L)
                            .put("currency", "usd")
                            .put("description", (1 + l) + " × Gold Plan (at $15.00 / month)")
                            .put("quantity", 1 + l);
                    line.putObject("period").put("start", 1680893993L).put("end", 1683572393L);
                    price(line.putObject("price"), s, l);
                }
            }
            return customer;
        }

        private ObjectNode page(ObjectNode page, String url) {
            page.put("object", "list");
            page.putArray("data");
            page.put("has_more", false);
            page.put("url", url);
            return page;
        }

        private void price(ObjectNode price, int subscription, int item) {
            price.put("id", "price_" + subscription + "_" + item + "1MowQULkdIwHu7ixraBm864M")
                    .put("object", "price")
                    .put("active", true)
                    .put("currency", "usd")
                    .put("unit_amount", 1500L)
                    .put("nickname", "Gold " + item)
                    .put("product", "prod_NWjs8kKbJWmuuc")
                    .put("type", item % 4 == 3 ? "one_time" : "recurring")
                    .put("livemode", false);
            if (item % 4 != 3) {
                price.putObject("recurring")
                        .put("interval", item % 2 == 0 ? "month" : "year")
                        .put("interval_count", 1L)
                        .put("usage_type", "licensed");
            }
            price.putObject("metadata");
        }
    },

    /** An embeddings answer for 1,000 inputs of 1,024 dimensions each, as Together's embeddings endpoint gives. */
    EMBEDDINGS {
        @Override
        ObjectNode tree() {
            // values like a model's: small, of either sign, eight decimals, no two alike
            return embeddings((vector, bits) -> vector.add(embeddingValue(bits)));
        }
    },
    /**
     * The same answer with each value a model's float32 as a Python server writes it, a float64's shortest text: up
     * to 17 significant digits, too long for a double to be read from the digits alone.
     */
    EMBEDDINGS_FLOAT64 {
        @Override
        ObjectNode tree() {
            return embeddings(
                    (vector, bits) -> vector.add((double) embeddingValue(bits).floatValue()));
        }
    },
    /** A chat completion of four choices, each answering with a sentence and three tool calls. */
    CHAT_COMPLETION {
        @Override
        ObjectNode tree() {
            ObjectNode completion = object().put("id", "8f3b1a5e9c2d4e7f-SJC")
                    .put("object", "chat.completion")
                    .put("created", 1733400000L)
                    .put("model", "meta-llama/Llama-3.3-70B-Instruct-Turbo");
            ArrayNode choices = completion.putArray("choices");
            for (int c = 0; c < CHOICES; c++) {
                ObjectNode choice = choices.addObject().put("index", c).put("finish_reason", "tool_calls");
                ObjectNode message = choice.putObject("message")
                        .put("role", "assistant")
                        .put("content", "I will look up the weather in three cities and compare them for you.");
                ArrayNode calls = message.putArray("tool_calls");
                String[] cities = {"Paris", "San Francisco", "Tokyo"};
                for (int t = 0; t < cities.length; t++) {
                    ObjectNode call = calls.addObject()
                            .put("index", t)
                            .put("id", "call_" + c + "_" + t + "b2f1c9e4a7d6")
                            .put("type", "function");
                    call.putObject("function")
                            .put("name", "get_current_weather")
                            .put("arguments", "{\"location\":\"" + cities[t] + "\",\"unit\":\"celsius\"}");
                }
            }
            completion
                    .putObject("usage")
                    .put("prompt_tokens", 312)
                    .put("completion_tokens", 188)
                    .put("total_tokens", 500);
            return completion;
        }
    },
    /**
     * The server-sent events of a streamed chat completion: 2,000 chunks, a token each, the last with the reason it
     * finished and the usage, then {@code [DONE]}.
     */
    CHAT_STREAM {
        @Override
        ObjectNode tree() {
            ObjectNode stream = object();
            ArrayNode chunks = stream.putArray("chunks");
            String[] words = {"The", " weather", " in", " Paris", " is", " mild", ",", " with", " light", " rain", "."};
            for (int i = 0; i < CHUNK_COUNT; i++) {
                ObjectNode chunk = chunks.addObject()
                        .put("id", "8f3b1a5e9c2d4e7f-SJC")
                        .put("object", "chat.completion.chunk")
                        .put("created", 1733400000L)
                        .put("model", "meta-llama/Llama-3.3-70B-Instruct-Turbo");
                ObjectNode choice = chunk.putArray("choices").addObject().put("index", 0);
                ObjectNode delta = choice.putObject("delta");
                if (i == 0) {
                    delta.put("role", "assistant");
                }
                delta.put("content", words[i % words.length]);
                if (i == CHUNK_COUNT - 1) {
                    choice.put("finish_reason", "stop");
                    chunk.putObject("usage")
                            .put("prompt_tokens", 24)
                            .put("completion_tokens", CHUNK_COUNT)
                            .put("total_tokens", 24 + CHUNK_COUNT);
                }
            }
            return stream;
        }

        /** The events as a server sends them: one {@code data:} line per chunk, then {@code [DONE]}. */
        @Override
        public String json() {
            StringBuilder events = new StringBuilder();
            try {
                ObjectMapper mapper = new ObjectMapper();
                for (com.fasterxml.jackson.databind.JsonNode chunk : tree().get("chunks")) {
                    events.append("data: ")
                            .append(mapper.writeValueAsString(chunk))
                            .append("\n\n");
                }
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("a tree built here always writes", e);
            }
            return events.append("data: [DONE]\n\n").toString();
        }
    };

    static final int ENDPOINT_COUNT = 1_000;
    static final int EMBEDDING_COUNT = 1_000;
    static final int DIMENSIONS = 1_024;
    static final int CHOICES = 4;
    static final int CHUNK_COUNT = 2_000;

    /** An embeddings answer of {@link #EMBEDDING_COUNT} vectors, each value added from its own hash bits. */
    private static ObjectNode embeddings(ObjLongConsumer<ArrayNode> value) {
        ObjectNode list = object().put("object", "list").put("model", "togethercomputer/m2-bert-80M-32k-retrieval");
        ArrayNode data = list.putArray("data");
        for (int i = 0; i < EMBEDDING_COUNT; i++) {
            ObjectNode embedding = data.addObject().put("object", "embedding");
            ArrayNode vector = embedding.putArray("embedding");
            for (int d = 0; d < DIMENSIONS; d++) {
                value.accept(vector, (i * 1_000_003L + d * 7919L) * 2654435761L);
            }
            embedding.put("index", i);
        }
        return list;
    }

    /** A small signed value from hash bits, up to 0.1 either way, with eight decimals. */
    private static java.math.BigDecimal embeddingValue(long bits) {
        return java.math.BigDecimal.valueOf((bits >> 40) % 10_000_000L, 8);
    }

    static final int SUBSCRIPTIONS = 20;
    static final int ITEMS = 5;

    abstract ObjectNode tree();

    /**
     * The payload as the server sends it: compact JSON text, or, for a stream, its server-sent events.
     *
     * @return the payload
     */
    public String json() {
        try {
            return new ObjectMapper().writeValueAsString(tree());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a tree built here always writes", e);
        }
    }

    private static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }
}
