package dev.kiln.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The {@code builders} case's SDK used as its users write code: a class compiled against it calls the convenience
 * setters and union readers by their Java names, so each call below proves that it compiles and which overload it
 * picks, and the JSON it gives proves what it does.
 */
class BuildersBehaviourTest {
    private static final String USAGE = """
            package dev.kiln.cases.builders.usage;

            import com.fasterxml.jackson.databind.JsonNode;
            import dev.kiln.cases.builders.core.JsonDataException;
            import dev.kiln.cases.builders.core.JsonField;
            import dev.kiln.cases.builders.models.Accept;
            import dev.kiln.cases.builders.models.ChatRequest;
            import dev.kiln.cases.builders.models.Choice;
            import dev.kiln.cases.builders.models.Clashes;
            import dev.kiln.cases.builders.models.Content;
            import dev.kiln.cases.builders.models.Message;
            import dev.kiln.cases.builders.models.Part;
            import java.util.ArrayList;
            import java.util.LinkedHashMap;
            import java.util.List;
            import java.util.Map;
            import java.util.Optional;

            public final class Usage {
                private Usage() {}

                static ChatRequest.Builder minimal() {
                    return ChatRequest.builder().model("m").addMessage(Message.builder().role("user").content("hi").build());
                }

                public static String addsAndPuts() {
                    Map<String, String> more = new LinkedHashMap<>();
                    more.put("b", "2");
                    more.put("a", "3");
                    return ChatRequest.builder()
                            .model("m")
                            .addMessage(Message.builder().role("user").content("hi").build())
                            .addMessage(Message.builder().role("user").content(List.of(Part.builder().text("p").build())).build())
                            .putMetadata("a", "1")
                            .putAllMetadata(more)
                            .addPolicy("x")
                            .addPolicy("y")
                            .addAddress("z")
                            .build()
                            .toJson();
                }

                public static String addAfterSettingAList() {
                    return minimal().policies(List.of("a")).addPolicy("b").build().toJson();
                }

                public static List<String> buildThenGoOnAdding() {
                    ChatRequest.Builder builder = minimal().addPolicy("a").putMetadata("k", "1");
                    ChatRequest first = builder.build();
                    builder.addPolicy("b").putMetadata("l", "2");
                    ChatRequest second = builder.build();
                    return List.of(first.toJson(), second.toJson(), String.valueOf(first.policies().get().size()));
                }

                public static List<String> optionals() {
                    ChatRequest read = ChatRequest.fromJson("{\\"kind\\":\\"chat\\",\\"model\\":\\"m\\",\\"messages\\":[],\\"max_tokens\\":7}");
                    List<String> out = new ArrayList<>();
                    out.add(minimal().temperature(null).build().toJson());
                    out.add(minimal().maxTokens(5).maxTokens(Optional.empty()).build().toJson());
                    out.add(minimal().maxTokens(read.maxTokens()).temperature(0.5).build().toJson());
                    return out;
                }

                public static List<String> raws() {
                    ChatRequest request = minimal()
                            ._maxTokens(JsonField.raw("auto"))
                            ._temperature(JsonField.ofNull())
                            ._model(JsonField.raw(List.of("m", 2)))
                            .build();
                    List<String> out = new ArrayList<>();
                    out.add(request.toJson());
                    out.add(String.valueOf(request.maxTokens()));
                    try {
                        out.add(request.model());
                    } catch (JsonDataException e) {
                        out.add(e.path());
                    }
                    return out;
                }

                public static String plainAdditionalProperties() {
                    return Message.builder()
                            .role("user")
                            .content("hi")
                            .putAdditionalProperty("n", 1)
                            .putAdditionalProperty("list", List.of("a", true))
                            .putAdditionalProperty("part", Part.builder().text("t").build())
                            .putAdditionalProperty("none", null)
                            .build()
                            .toJson();
                }

                public static List<String> unionShortcuts() {
                    List<String> out = new ArrayList<>();
                    out.add(Message.builder().role("r").content(List.of(Part.builder().text("p").build())).build().toJson());
                    out.add(Message.builder().role("r").contentOfLongList(List.of(1L, 2L)).build().toJson());
                    out.add(minimal().stop("end").build().toJson());
                    out.add(minimal().stop(List.of("a", "b")).build().toJson());
                    return out;
                }

                static String describe(Content content) {
                    return content.accept(new Content.Visitor<String>() {
                        @Override
                        public String visitString(String value) {
                            return "string " + value;
                        }

                        @Override
                        public String visitPartList(List<Part> value) {
                            return "parts " + value.size();
                        }

                        @Override
                        public String visitLongList(List<Long> value) {
                            return "longs " + value;
                        }
                    });
                }

                public static List<String> unionReaders() {
                    Content text = Content.ofString("hi");
                    Content longs = Content.ofLongList(List.of(3L));
                    Content other = Content.fromJson("{\\"new\\":true}");
                    List<String> out = new ArrayList<>();
                    out.add(text.isString() + " " + text.string() + " " + text.isPartList() + " " + text.partList());
                    out.add(longs.isLongList() + " " + longs.longList() + " " + longs.string());
                    out.add(describe(text));
                    out.add(describe(Content.ofPartList(List.of(Part.builder().text("p").build()))));
                    out.add(describe(longs));
                    out.add(other.isString() + " " + other.isPartList() + " " + other.isLongList());
                    try {
                        out.add(describe(other));
                    } catch (JsonDataException e) {
                        out.add(e.getMessage());
                    }
                    out.add(other.accept(new Content.Visitor<String>() {
                        @Override
                        public String visitString(String value) {
                            return "string";
                        }

                        @Override
                        public String visitPartList(List<Part> value) {
                            return "parts";
                        }

                        @Override
                        public String visitLongList(List<Long> value) {
                            return "longs";
                        }

                        @Override
                        public String unknown(JsonNode json) {
                            return "unknown " + json;
                        }
                    }));
                    return out;
                }

                public static String missingRequired() {
                    try {
                        ChatRequest.builder().maxTokens(1).build();
                        return "built";
                    } catch (IllegalStateException e) {
                        return e.getMessage();
                    }
                }

                public static String clashes() {
                    return Clashes.builder()
                            .addItem("a")
                            .addItem2(1)
                            .addTag("set")
                            .addTag2("added")
                            .putAdditionalProperty2("declared", 1)
                            .putAllAdditionalProperties(Map.of("more", 2L))
                            .putAdditionalProperty("undeclared", "u")
                            .choice("ab")
                            .yield(Optional.of(Clashes.Yield.ofLong(7)))
                            .yield("y")
                            .build()
                            .toJson();
                }

                public static List<String> clashingUnion() {
                    Choice second = Clashes.builder().choiceOfString2("a@b.c").build().choice().orElseThrow();
                    Choice accept = Choice.ofAccept(Accept.builder().agreed(true).build());
                    List<String> out = new ArrayList<>();
                    out.add(second.isString() + " " + second.isString2() + " " + second.string2().orElseThrow());
                    out.add(accept.isAccept() + " " + accept.accept2().orElseThrow().toJson());
                    out.add(accept.accept(new Choice.Visitor2<String>() {
                        @Override
                        public String visitString(String value) {
                            return "first";
                        }

                        @Override
                        public String visitString2(String value) {
                            return "second";
                        }

                        @Override
                        public String visitAccept(Accept value) {
                            return "accept " + value.agreed().orElseThrow();
                        }

                        @Override
                        public String visitVisitor(dev.kiln.cases.builders.models.Visitor value) {
                            return "visitor";
                        }

                        @Override
                        public String visitR(dev.kiln.cases.builders.models.R value) {
                            return "r";
                        }
                    }));
                    return out;
                }
            }
            """;

    private static Class<?> usage;

    @BeforeAll
    static void compile() {
        usage = CompiledSdk.clean("builders").compileUsage("Usage", USAGE);
    }

    private static Object run(String method) {
        try {
            return usage.getMethod(method).invoke(null);
        } catch (InvocationTargetException e) {
            throw new AssertionError(method + " threw", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void listsTakeOneItemAtATimeAndMapsOneEntryOrManyInOrder() {
        assertEquals(
                "{\"kind\":\"chat\",\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"},"
                        + "{\"role\":\"user\",\"content\":[{\"text\":\"p\"}]}],\"metadata\":{\"a\":\"3\",\"b\":\"2\"},"
                        + "\"policies\":[\"x\",\"y\"],\"addresses\":[\"z\"]}",
                run("addsAndPuts"));
    }

    @Test
    void addingToAListSetWholeKeepsItsItems() {
        assertTrue(((String) run("addAfterSettingAList")).endsWith("\"policies\":[\"a\",\"b\"]}"));
    }

    @Test
    void aBuilderThatGoesOnAddingAfterBuildLeavesTheBuiltModelAsItWas() {
        String minimal = "{\"kind\":\"chat\",\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]";
        assertEquals(
                List.of(
                        minimal + ",\"metadata\":{\"k\":\"1\"},\"policies\":[\"a\"]}",
                        minimal + ",\"metadata\":{\"k\":\"1\",\"l\":\"2\"},\"policies\":[\"a\",\"b\"]}",
                        "1"),
                run("buildThenGoOnAdding"));
    }

    @Test
    void nullSendsAnExplicitNullAndAnEmptyOptionalLeavesAFieldOut() {
        String minimal = "{\"kind\":\"chat\",\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]";
        assertEquals(
                List.of(
                        minimal + ",\"temperature\":null}",
                        minimal + "}",
                        minimal + ",\"temperature\":0.5,\"max_tokens\":7}"),
                run("optionals"));
    }

    @Test
    void aRawJsonFieldSendsWhatTheSpecDoesNotAllowAndTheTypedAccessorsSaySo() {
        assertEquals(
                List.of(
                        "{\"kind\":\"chat\",\"model\":[\"m\",2],\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],"
                                + "\"temperature\":null,\"max_tokens\":\"auto\"}",
                        "Optional.empty",
                        "$.model"),
                run("raws"));
    }

    @Test
    void undeclaredMembersTakePlainJavaValues() {
        assertEquals(
                "{\"role\":\"user\",\"content\":\"hi\",\"n\":1,\"list\":[\"a\",true],\"part\":{\"text\":\"t\"},\"none\":null}",
                run("plainAdditionalProperties"));
    }

    @Test
    void aUnionFieldIsSetFromAVariantsValueAndTwoListsSplitIntoANamedSetter() {
        assertEquals(
                List.of(
                        "{\"role\":\"r\",\"content\":[{\"text\":\"p\"}]}",
                        "{\"role\":\"r\",\"content\":[1,2]}",
                        "{\"kind\":\"chat\",\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],\"stop\":\"end\"}",
                        "{\"kind\":\"chat\",\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],\"stop\":[\"a\",\"b\"]}"),
                run("unionShortcuts"));
    }

    @Test
    void unionsAreReadByTestsAccessorsAndAVisitorWhoseUnknownFailsClearlyUnlessOverridden() {
        List<?> out = (List<?>) run("unionReaders");

        assertEquals("true Optional[hi] false Optional.empty", out.get(0));
        assertEquals("true Optional[[3]] Optional.empty", out.get(1));
        assertEquals("string hi", out.get(2));
        assertEquals("parts 1", out.get(3));
        assertEquals("longs [3]", out.get(4));
        assertEquals("false false false", out.get(5));
        assertEquals(
                "$: the Content holds JSON (object) that fits none of its variants this SDK knows; override the "
                        + "visitor's unknown method to handle it, or read it with toJsonNode()",
                out.get(6));
        assertEquals("unknown {\"new\":true}", out.get(7));
    }

    @Test
    void buildNamesEveryMissingRequiredFieldButNotTheLiteral() {
        assertEquals("ChatRequest is missing required fields: [model, messages]", run("missingRequired"));
    }

    @Test
    void convenienceNamesThatWouldClashAreNumberedAndEachSetsItsOwnField() {
        assertEquals(
                "{\"item\":[\"a\"],\"items\":[1],\"add_tag\":\"set\",\"tags\":[\"added\"],"
                        + "\"additionalProperties\":{\"declared\":1,\"more\":2},\"choice\":\"ab\",\"yield\":\"y\",\"undeclared\":\"u\"}",
                run("clashes"));
    }

    @Test
    void aUnionWithTwoStringVariantsAndVariantsNamedLikeItsMembersKeepsThemApart() {
        assertEquals(List.of("false true a@b.c", "true {\"agreed\":true}", "accept true"), run("clashingUnion"));
    }
}
