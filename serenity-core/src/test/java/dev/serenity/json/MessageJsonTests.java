package dev.serenity.json;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.serenity.model.Message;
import dev.serenity.model.PartialMember;
import dev.serenity.model.Permissions;
import dev.serenity.model.Snowflake;
import dev.serenity.model.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The streaming {@link MessageJson} reader must give exactly what databind gives, for every property of the message,
 * its author and member, for odd shapes and for Discord's real payloads.
 */
class MessageJsonTests {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	@Test
	void readsEveryPropertyOfMessageUserAndMemberAsDatabindDoes() {
		ObjectNode json = sample(Message.class, 0);
		Message fast = fast(json.toString());
		Message bound = bound(json.toString());
		assertThat(fast).isEqualTo(bound);
		assertAllSet(fast, Message.class);
		assertAllSet(fast.author(), User.class);
		assertAllSet(fast.member(), PartialMember.class);
		assertAllSet(fast.mentions().get(0), User.class);
		assertAllSet(fast.referencedMessage(), Message.class);
	}

	@ParameterizedTest
	@ValueSource(strings = { "{}", "{\"id\":null,\"author\":null,\"mentions\":null,\"member\":null,\"type\":null}",
			"{\"nonce\":12345678901234,\"id\":175928847299117063,\"type\":\"19\",\"tts\":0}",
"{\"timestamp\":1700000000000,\"edited_timestamp\":null}",
			"{\"unknown\":{\"deep\":[1,{\"x\":[]}]},\"content\":\"a\",\"also\":[[]]}",
			"{\"mentions\":[null,{\"id\":\"2\",\"member\":{\"roles\":[\"3\",null]}}],\"mention_roles\":[\"4\",5]}",
			"{\"type\":999,\"channel_type\":999,\"content\":\"\\u00e9\\ud83d\\ude00\"}",
			"{\"embeds\":[{\"title\":\"t\"}],\"attachments\":[],\"components\":[{\"type\":1,\"components\":[]}]}",
			"{\"referenced_message\":null,\"message_reference\":{\"message_id\":\"9\"}}",
			"{\"id\":\"1\",\"id\":\"2\"}", "{\"member\":{\"joined_at\":\"2021-06-01T12:00:00.123456+00:00\"}}" })
	void readsOddButValidShapesAsDatabindDoes(String json) {
		assertThat(fast(json)).isEqualTo(bound(json));
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"id\":\"12a\"}", "{\"id\":\"9223372036854775808\"}", "{\"id\":-1}",
			"{\"timestamp\":\"yesterday\"}", "{\"mentions\":{}}", "{\"mentions\":[1]}", "{\"mention_roles\":\"1\"}",
			"{\"author\":[]}", "{\"member\":{\"roles\":[\"x\"]}}", "{\"tts\":\"maybe\"}", "{\"flags\":\"many\"}",
			"{\"flags\":4294967296}",
			"{\"embeds\":{}}", "[]", "\"text\"" })
	void failsWhereDatabindFailsWithTheSameMessage(String json) {
		Throwable expected = catchThrowable(() -> bound(json));
		assertThat(expected).isInstanceOf(JacksonException.class);
		assertThatThrownBy(() -> fast(json)).isInstanceOf(JacksonException.class)
			.satisfies((ex) -> assertThat(((JacksonException) ex).getOriginalMessage())
				.isEqualTo(((JacksonException) expected).getOriginalMessage()));
	}

	@Test
	void readsJsonNullAsNull() {
		assertThat(fast("null")).isNull();
	}

	@Test
	void leavesTheParserAfterTheMessageSoTheFrameCanBeReadOn() {
		String frame = "{\"op\":0,\"d\":{\"id\":\"1\",\"author\":{\"id\":\"2\"}},\"s\":7,\"t\":\"MESSAGE_CREATE\"}";
		try (JsonParser parser = DiscordJson.mapper().createParser(frame)) {
			for (int i = 0; i < 5; i++) {
				parser.nextToken();
			}
			assertThat(MessageJson.read(parser).id()).isEqualTo(Snowflake.of(1));
			assertThat(parser.nextToken().isStructEnd()).isFalse();
			assertThat(parser.currentName()).isEqualTo("s");
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("sharedMessages")
	void readsDiscordsPayloadsAsDatabindDoes(String file, String json) {
		Message fast = fast(json);
		assertThat(fast).isEqualTo(bound(json));
		assertThat(fast.id()).isNotNull();
	}

	static Stream<Object[]> sharedMessages() {
		List<Object[]> cases = new ArrayList<>();
		for (String directory : List.of("gateway", "legacy-v6")) {
			for (Path file : SharedPayloads.jsonFiles(directory)) {
				String name = file.getFileName().toString();
				if (name.startsWith("MESSAGE_CREATE") || name.startsWith("MESSAGE_UPDATE")) {
					JsonNode frame = DiscordJson.mapper().readTree(SharedPayloads.read(file));
					cases.add(new Object[] { directory + "/" + name, frame.get("d").toString() });
				}
			}
		}
		for (Path file : SharedPayloads.jsonFiles("rest")) {
			String name = file.getFileName().toString();
			if (name.startsWith("GET_channel_message-") || name.startsWith("POST_channel_message-")) {
				cases.add(new Object[] { "rest/" + name, new String(SharedPayloads.read(file), StandardCharsets.UTF_8) });
			}
		}
		return cases.stream();
	}

	private static Message fast(String json) {
		try (JsonParser parser = DiscordJson.mapper().createParser(json)) {
			return MessageJson.read(parser);
		}
	}

	private static Message bound(String json) {
		return DiscordJson.mapper().readValue(json, Message.class);
	}

	/**
	 * Assert that every record component has a value: a property the reader forgot would be {@code null} or empty.
	 */
	private static void assertAllSet(Object record, Class<?> type) {
		assertThat(record).as(type.getSimpleName()).isNotNull();
		for (RecordComponent component : type.getRecordComponents()) {
			Object value;
			try {
				value = component.getAccessor().invoke(record);
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(ex);
			}
			assertThat(value).as(type.getSimpleName() + "." + component.getName()).isNotNull();
			if (value instanceof Collection<?> collection) {
				assertThat(collection).as(type.getSimpleName() + "." + component.getName()).isNotEmpty();
			}
		}
	}

	/**
	 * A JSON object with a value for every component of a record; nested records get their own samples (two levels
	 * deep for messages, users and members, so that a referenced message, the author's member and mentions are full).
	 */
	private static ObjectNode sample(Class<?> type, int depth) {
		ObjectNode json = NODES.objectNode();
		for (RecordComponent component : type.getRecordComponents()) {
			String name = snakeCase(component.getName());
			JsonNode value = value(component.getType(), component.getGenericType(), depth);
			if (value != null) {
				json.set(name, value);
			}
		}
		return json;
	}

	private static String snakeCase(String name) {
		return name.replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
	}

	private static JsonNode value(Class<?> type, Type generic, int depth) {
		if (type == String.class) {
			return NODES.textNode("text");
		}
		if (type == Boolean.class || type == boolean.class) {
			return NODES.booleanNode(true);
		}
		if (type == Integer.class || type == int.class) {
			return NODES.numberNode(7);
		}
		if (type == Snowflake.class) {
			return NODES.textNode("1234567890123456789");
		}
		if (type == Instant.class) {
			return NODES.textNode("2024-05-06T07:08:09.123000+00:00");
		}
		if (type == Permissions.class) {
			return NODES.textNode("8");
		}
		if (type.isEnum()) {
			return NODES.numberNode(1);
		}
		if (List.class.isAssignableFrom(type)) {
			Type element = ((ParameterizedType) generic).getActualTypeArguments()[0];
			Class<?> elementClass = (element instanceof Class<?> c) ? c
					: (Class<?>) ((ParameterizedType) element).getRawType();
			JsonNode item = value(elementClass, element, depth);
			ArrayNode array = NODES.arrayNode();
			if (item != null) {
				array.add(item);
			}
			return array;
		}
		if (Map.class.isAssignableFrom(type)) {
			return NODES.objectNode();
		}
		if (type.isRecord()) {
			boolean hot = type == Message.class || type == User.class || type == PartialMember.class;
			if (hot && depth < 2) {
				return sample(type, depth + 1);
			}
			return hot ? NODES.objectNode().put("id", "42") : NODES.objectNode();
		}
		return null;
	}

}
