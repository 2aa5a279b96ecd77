package dev.serenity.event;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import dev.serenity.json.DiscordJson;
import dev.serenity.json.SharedPayloads;
import dev.serenity.model.Activity;
import dev.serenity.model.Channel;
import dev.serenity.model.Emoji;
import dev.serenity.model.Guild;
import dev.serenity.model.Message;
import dev.serenity.model.Role;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * API v6-era payloads in {@code ../shared/discord-payloads/legacy-v6} (integer permissions, string overwrite types,
 * old fields) decode or fail cleanly; they never stop a shard. The {@code OBJ_*} and {@code GET_*} files are bare
 * objects and decode as their model types.
 */
class LegacyPayloadsTests {

	private static final Map<String, Class<?>> OBJECT_TYPES = Map.of("OBJ_activity", Activity.class, "OBJ_emoji",
			Emoji.class, "OBJ_guild", Guild.class, "OBJ_role", Role.class, "GET_channel", Channel.class,
			"GET_channel_message", Message.class);

	@TestFactory
	Stream<DynamicTest> everyLegacyPayloadDecodesOrFailsCleanly() {
		return SharedPayloads.jsonFiles("legacy-v6")
			.stream()
			.map((file) -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(file)));
	}

	private void check(Path file) {
		String fileName = file.getFileName().toString();
		String kind = fileName.substring(0, fileName.lastIndexOf('-'));
		byte[] bytes = SharedPayloads.read(file);
		Class<?> objectType = OBJECT_TYPES.get(kind);
		if (objectType != null) {
			Object decoded = DiscordJson.mapper().readValue(bytes, objectType);
			assertThat(decoded).isInstanceOf(objectType);
			return;
		}
		JsonNode frame = DiscordJson.mapper().readTree(bytes);
		assertThat(frame.path("op").asInt(-1)).as("opcode").isZero();
		EventType<?> type = EventType.forName(frame.get("t").stringValue());
		assertThat(type).as("type for %s", frame.get("t")).isNotNull();
		Throwable thrown = catchThrowable(() -> decodeD(type, bytes));
		assertThat(thrown).as(fileName)
			.satisfiesAnyOf((ex) -> assertThat(ex).isNull(),
					(ex) -> assertThat(ex).isInstanceOfAny(JacksonException.class, IllegalArgumentException.class));
	}

	private static DiscordEvent decodeD(EventType<?> type, byte[] bytes) {
		try (JsonParser parser = DiscordJson.mapper().createParser(bytes)) {
			parser.nextToken();
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = parser.currentName();
				parser.nextToken();
				if ("d".equals(name)) {
					return type.decode(parser);
				}
				parser.skipChildren();
			}
		}
		throw new AssertionError("No 'd' in the frame");
	}

}
