package dev.serenity.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import dev.serenity.simulator.record.PresenceRecord;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * Every frame in {@code ../shared/discord-payloads/gateway/send/} is accepted or rejected as Discord would. The files
 * are read in place; a new file is covered automatically, and a file whose op this class does not know fails.
 */
class SendPayloadsTests {

	/** The token every IDENTIFY in the shared payloads carries. */
	private static final String TOKEN = "my_token";

	/** Guilds the simulator starts with; the guild ids in the shared payloads are not among them. */
	private static final int GUILDS = 2;

	/** GUILDS, GUILD_MEMBERS, GUILD_VOICE_STATES and GUILD_MESSAGES: enough for every command to be answerable. */
	private static final long COMMAND_INTENTS = 1 | 2 | 128 | 512;

	/** Intent bits Discord defines: 0 to 16, 20, 21, 24 and 25; any other bit gives 4013. */
	private static final long DEFINED_INTENTS = 0x1FFFFL | (1L << 20) | (1L << 21) | (1L << 24) | (1L << 25);

	/** Commands that need an identified connection (4003 before IDENTIFY). */
	private static final Set<Integer> COMMANDS = Set.of(3, 4, 8, 31, 43);

	/** Dispatches a command can be answered with; none may come for guilds the bot is not in. */
	private static final Map<Integer, Set<String>> ANSWERS = Map.of(3, Set.of("PRESENCE_UPDATE"), 4,
			Set.of("VOICE_STATE_UPDATE", "VOICE_SERVER_UPDATE"), 8, Set.of("GUILD_MEMBERS_CHUNK", "RATE_LIMITED"), 31,
			Set.of("SOUNDBOARD_SOUNDS"), 43, Set.of("CHANNEL_INFO"));

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@TestFactory
	Stream<DynamicNode> everySendFrameIsAcceptedOrRejectedAsDiscordWould() throws IOException {
		Path directory = sendPayloadsDirectory();
		if (directory == null) {
			// An assumption inside a dynamic test, so the build reports one skipped test rather than none.
			return Stream.<DynamicNode>of(dynamicTest("shared send payloads are available",
					() -> assumeTrue(false, "../shared/discord-payloads/gateway/send is not available (set "
							+ "-Dserenity.shared.dir); skipping the shared payload tests")));
		}
		List<Path> files;
		try (Stream<Path> listing = Files.list(directory)) {
			files = listing.filter(Files::isRegularFile)
				.filter((file) -> !file.getFileName().toString().startsWith("."))
				.sorted()
				.toList();
		}
		assertThat(files).as("frames in %s", directory).isNotEmpty();
		return files.stream()
			.<DynamicNode>map((file) -> dynamicContainer(file.getFileName().toString(), file.toUri(), testsFor(file)));
	}

	private static Path sendPayloadsDirectory() {
		List<Path> shared = new ArrayList<>();
		String property = System.getProperty("serenity.shared.dir");
		if (property != null && !property.isBlank() && !property.contains("${")) {
			shared.add(Path.of(property));
		}
		shared.add(Path.of("..", "shared"));
		shared.add(Path.of("..", "..", "shared"));
		return shared.stream()
			.map((dir) -> dir.resolve("discord-payloads").resolve("gateway").resolve("send"))
			.filter(Files::isDirectory)
			.findFirst()
			.orElse(null);
	}

	private static Stream<DynamicTest> testsFor(Path file) {
		String text;
		JsonNode frame;
		try {
			text = Files.readString(file, StandardCharsets.UTF_8);
			frame = JSON.readTree(text);
		}
		catch (IOException | UncheckedIOException | JacksonException ex) {
			return Stream.of(dynamicTest("is a JSON gateway frame", () -> fail("%s cannot be read as JSON: %s", file, ex)));
		}
		JsonNode opNode = (frame != null) ? frame.path("op") : null;
		if (opNode == null || !opNode.isIntegralNumber()) {
			return Stream.of(dynamicTest("has an integer op", () -> fail("%s has no integer 'op'", file)));
		}
		int op = opNode.intValue();
		JsonNode data = frame.path("d");
		if (op == 1) {
			return Stream.of(dynamicTest("is acknowledged with op 11", () -> heartbeatIsAcknowledged(text)));
		}
		if (op == 2) {
			int close = expectedIdentifyClose(data);
			if (close != 0) {
				return Stream.of(dynamicTest("is closed with " + close, () -> identifyIsClosed(text, close)));
			}
			boolean compress = data.path("compress").asBoolean(false);
			return Stream.of(dynamicTest(
					"gets READY" + (compress ? " as a binary frame holding a standalone zlib stream" : " as text"),
					() -> identifyGetsReady(text, data)));
		}
		if (op == 6) {
			return Stream.of(
					dynamicTest("at resume_gateway_url with an unknown session gets op 9 d:false",
							() -> resumeOfUnknownSessionIsInvalidated(text)),
					dynamicTest("with a token that is not the bot's is closed with 4004",
							() -> resumeWithForeignTokenIsClosed(text)));
		}
		if (COMMANDS.contains(op)) {
			return Stream.of(dynamicTest("before IDENTIFY is closed with 4003", () -> commandBeforeIdentifyIsClosed(text)),
					dynamicTest("after IDENTIFY is accepted and the connection stays open",
							() -> commandAfterIdentifyIsAccepted(text, op, data)));
		}
		Executable unknown = () -> fail("%s holds op %d, which SendPayloadsTests does not know: decide what Discord "
				+ "does with it and add that expectation", file, op);
		return Stream.of(dynamicTest("has an op this test knows", unknown));
	}

	/**
	 * Decide how Discord answers an IDENTIFY.
	 * @param data the IDENTIFY's {@code d}
	 * @return the close code Discord sends, or 0 for READY
	 */
	private static int expectedIdentifyClose(JsonNode data) {
		if (!TOKEN.equals(data.path("token").asString(null))) {
			return 4004;
		}
		JsonNode shard = data.get("shard");
		if (shard != null && !shard.isNull() && !(shard.isArray() && shard.size() == 2
				&& shard.get(0).isIntegralNumber() && shard.get(1).isIntegralNumber() && shard.get(1).asLong() >= 1
				&& shard.get(0).asLong() >= 0 && shard.get(0).asLong() < shard.get(1).asLong())) {
			return 4010;
		}
		JsonNode intents = data.get("intents");
		// Required since v8: a missing or non-integer 'intents' is 4013, as is an undefined bit. The simulator
		// enables every privileged intent by default, so 4014 cannot happen here.
		if (intents == null || !intents.isIntegralNumber() || intents.asLong() < 0
				|| (intents.asLong() & ~DEFINED_INTENTS) != 0) {
			return 4013;
		}
		return 0;
	}

	private static void heartbeatIsAcknowledged(String frame) {
		try (DiscordSimulator discord = start(); GatewayTestClient client = connect(discord)) {
			client.send(frame);
			awaitOrExplain(client, op(11), "HEARTBEAT_ACK (op 11)");
			assertThat(client.isClosed()).isFalse();
		}
	}

	private static void identifyIsClosed(String frame, int code) {
		try (DiscordSimulator discord = start(); GatewayTestClient client = connect(discord)) {
			client.send(frame);
			assertThat(client.awaitClose()).as("close code (reason: %s)", client.closeReason()).isEqualTo(code);
			assertThat(client.drainReceived()).as("payloads after the IDENTIFY").noneMatch(dispatch("READY"));
			assertThat(discord.gateway().sessions()).isEmpty();
		}
	}

	private static void identifyGetsReady(String frame, JsonNode identify) throws DataFormatException {
		try (DiscordSimulator discord = start(); GatewayTestClient client = connect(discord)) {
			client.send(frame);
			JsonNode ready = awaitOrExplain(client, dispatch("READY"), "READY");
			assertThat(ready.path("s").asLong()).isEqualTo(1);
			assertThat(ready.path("d").path("v").asInt()).isEqualTo(10);
			assertThat(ready.path("d").path("session_id").asString("")).isNotEmpty();
			assertThat(ready.path("d").path("resume_gateway_url").asString("")).isEqualTo(discord.resumeGatewayUrl());
			assertThat(ready.path("d").path("guilds").size()).isEqualTo(GUILDS);
			if (identify.hasNonNull("shard")) {
				assertThat(ready.path("d").path("shard")).isEqualTo(identify.get("shard"));
			}
			for (int i = 0; i < GUILDS; i++) {
				awaitOrExplain(client, dispatch("GUILD_CREATE"), "GUILD_CREATE " + (i + 1));
			}
			if (identify.path("compress").asBoolean(false)) {
				List<byte[]> binary = client.rawBinary();
				assertThat(binary).as("binary frames with compress:true").isNotEmpty();
				Inflater standalone = new Inflater();
				try {
					byte[] json = GatewayTestClient.inflate(standalone, binary.get(0));
					assertThat(standalone.finished()).as("READY is one complete zlib stream").isTrue();
					JsonNode decoded = JSON.readTree(new String(json, StandardCharsets.UTF_8));
					assertThat(decoded).isEqualTo(ready);
				}
				finally {
					standalone.end();
				}
			}
			else {
				assertThat(client.rawBinary()).as("binary frames without compress").isEmpty();
			}
			JsonNode presence = identify.path("presence");
			if (presence.isObject()) {
				assertThat(discord.recorder().presences()).extracting(PresenceRecord::status)
					.containsExactly(presence.path("status").asString());
			}
			assertThat(client.isClosed()).isFalse();
		}
	}

	private static void resumeOfUnknownSessionIsInvalidated(String frame) {
		// The frame's token stands for the bot's own token here: the session is what is unknown.
		String token = JSON.readTree(frame).path("d").path("token").asString();
		try (DiscordSimulator discord = DiscordSimulator.start(SimulatorConfig.builder().token(token).build());
				GatewayTestClient client = GatewayTestClient
					.connectRaw(discord.resumeGatewayUrl() + "?v=10&encoding=json")) {
			awaitOrExplain(client, op(10), "HELLO");
			client.send(frame);
			JsonNode invalid = awaitOrExplain(client, op(9), "INVALID_SESSION (op 9)");
			assertThat(invalid.path("d").isBoolean()).as("op 9 'd' is a boolean").isTrue();
			assertThat(invalid.path("d").booleanValue()).as("op 9 'd' (may resume)").isFalse();
		}
	}

	private static void resumeWithForeignTokenIsClosed(String frame) {
		try (DiscordSimulator discord = start();
				GatewayTestClient client = GatewayTestClient
					.connectRaw(discord.resumeGatewayUrl() + "?v=10&encoding=json")) {
			awaitOrExplain(client, op(10), "HELLO");
			client.send(frame);
			assertThat(client.awaitClose()).as("close code (reason: %s)", client.closeReason()).isEqualTo(4004);
		}
	}

	private static void commandBeforeIdentifyIsClosed(String frame) {
		try (DiscordSimulator discord = start(); GatewayTestClient client = connect(discord)) {
			client.send(frame);
			assertThat(client.awaitClose()).as("close code (reason: %s)", client.closeReason()).isEqualTo(4003);
			assertThat(discord.recorder().presences()).isEmpty();
		}
	}

	private static void commandAfterIdentifyIsAccepted(String frame, int op, JsonNode data) {
		try (DiscordSimulator discord = start(); GatewayTestClient client = connect(discord)) {
			client.identify(TOKEN, COMMAND_INTENTS, 0, 1);
			awaitOrExplain(client, dispatch("READY"), "READY");
			long seq = 1;
			for (int i = 0; i < GUILDS; i++) {
				seq = awaitOrExplain(client, dispatch("GUILD_CREATE"), "GUILD_CREATE " + (i + 1)).path("s").asLong();
			}
			client.send(frame);
			// The simulator answers frames in order, so anything the command caused arrives before the ACK.
			List<JsonNode> afterCommand = new ArrayList<>();
			client.heartbeat(seq);
			awaitOrExplain(client, (payload) -> afterCommand.add(payload) && op(11).test(payload),
					"HEARTBEAT_ACK (op 11) after the command");
			assertThat(client.isClosed()).isFalse();
			assertThat(afterCommand).as("payloads between the command and the ACK")
				.noneMatch((payload) -> payload.path("op").asInt(-1) == 0
						&& ANSWERS.get(op).contains(payload.path("t").asString("")));
			if (op == 3) {
				assertThat(discord.recorder().presences()).singleElement().satisfies((presence) -> {
					assertThat(presence.status()).isEqualTo(data.path("status").asString());
					assertThat(presence.shardId()).isZero();
					assertThat(JSON.readTree(presence.json())).isEqualTo(data);
				});
			}
		}
	}

	private static DiscordSimulator start() {
		return DiscordSimulator.start(SimulatorConfig.builder().token(TOKEN).guilds(GUILDS).build());
	}

	private static GatewayTestClient connect(DiscordSimulator discord) {
		GatewayTestClient client = GatewayTestClient.connect(discord.gatewayUrl());
		try {
			awaitOrExplain(client, op(10), "HELLO");
			return client;
		}
		catch (RuntimeException | AssertionError ex) {
			client.close();
			throw ex;
		}
	}

	/**
	 * Wait for a payload; when it never comes because the server closed the connection, say so with the close code.
	 */
	private static JsonNode awaitOrExplain(GatewayTestClient client, Predicate<JsonNode> condition,
			String description) {
		try {
			return client.await(condition, description);
		}
		catch (AssertionError ex) {
			if (client.isClosed()) {
				throw new AssertionError("Expected " + description + " but the server closed the connection with "
						+ client.awaitClose() + " (" + client.closeReason() + ")", ex);
			}
			throw ex;
		}
	}

	private static Predicate<JsonNode> op(int op) {
		return (payload) -> payload.path("op").asInt(-1) == op;
	}

	private static Predicate<JsonNode> dispatch(String type) {
		return (payload) -> payload.path("op").asInt(-1) == 0 && type.equals(payload.path("t").asString(null));
	}

}
