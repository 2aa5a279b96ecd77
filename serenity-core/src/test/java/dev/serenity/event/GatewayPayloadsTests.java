package dev.serenity.event;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import dev.serenity.json.DiscordJson;
import dev.serenity.json.JsonRoundTrip;
import dev.serenity.json.SharedPayloads;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Decodes every real gateway frame in {@code ../shared/discord-payloads/gateway} (read in place) the way the gateway
 * does, with a streaming parser standing on {@code d}, and checks that no mapped field is lost.
 */
class GatewayPayloadsTests {

	/** HEARTBEAT, RECONNECT, INVALID_SESSION, HELLO and HEARTBEAT_ACK: frames that are not dispatches. */
	private static final Set<Integer> NON_DISPATCH_OPCODES = Set.of(1, 7, 9, 10, 11);

	private static final String UNKNOWN_EVENT_PREFIX = "unknown-event-type-";

	@TestFactory
	Stream<DynamicTest> everyDispatchFrameDecodesWithNoMappedFieldLost() {
		return SharedPayloads.jsonFiles("gateway")
			.stream()
			.map((file) -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> checkFrame(file)));
	}

	@Test
	void payloadDirectoryHoldsDispatchesOfManyTypes() {
		List<String> decodedTypes = new ArrayList<>();
		for (Path file : SharedPayloads.jsonFiles("gateway")) {
			JsonNode frame = DiscordJson.mapper().readTree(SharedPayloads.read(file));
			EventType<?> type = EventType.forName(dispatchName(frame));
			if (frame.path("op").asInt() == 0 && type != null && !decodedTypes.contains(type.name())) {
				decodedTypes.add(type.name());
			}
		}
		assertThat(decodedTypes).hasSizeGreaterThan(40);
	}

	private void checkFrame(Path file) {
		byte[] bytes = SharedPayloads.read(file);
		JsonNode frame = DiscordJson.mapper().readTree(bytes);
		int op = frame.path("op").asInt(-1);
		if (op != 0) {
			assertThat(NON_DISPATCH_OPCODES).as("opcode of %s", file.getFileName()).contains(op);
			return;
		}
		String t = dispatchName(frame);
		EventType<?> type = EventType.forName(t);
		if (file.getFileName().toString().startsWith(UNKNOWN_EVENT_PREFIX)) {
			assertThat(type).as("type for undocumented dispatch %s", t).isNull();
			return;
		}
		assertThat(type).as("type for dispatch %s", t).isNotNull();
		DiscordEvent event = decodeFromStream(type, bytes);
		assertThat(event).isInstanceOf(type.eventClass());
		assertThat(type.decode(frame.get("d"))).as("decoding from a tree").isEqualTo(event);
		JsonRoundTrip.assertNoMappedFieldLost(frame.get("d"), event);
	}

	private static String dispatchName(JsonNode frame) {
		JsonNode t = frame.get("t");
		return (t != null && t.isString()) ? t.stringValue() : null;
	}

	/**
	 * Decode {@code d} the way the gateway does: read the frame with a streaming parser, stop on {@code d}, decode,
	 * then read the rest of the frame.
	 */
	private static DiscordEvent decodeFromStream(EventType<?> type, byte[] bytes) {
		DiscordEvent event = null;
		List<String> namesAfterD = new ArrayList<>();
		try (JsonParser parser = DiscordJson.mapper().createParser(bytes)) {
			assertThat(parser.nextToken()).isEqualTo(JsonToken.START_OBJECT);
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = parser.currentName();
				parser.nextToken();
				if ("d".equals(name)) {
					event = type.decode(parser);
				}
				else {
					if (event != null) {
						namesAfterD.add(name);
					}
					parser.skipChildren();
				}
			}
			assertThat(parser.currentToken()).as("end of the frame").isEqualTo(JsonToken.END_OBJECT);
			assertThat(parser.nextToken()).isNull();
		}
		assertThat(event).as("event decoded from 'd'").isNotNull();
		assertThat(namesAfterD).doesNotContain("d");
		return event;
	}

}
