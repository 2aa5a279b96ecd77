package dev.serenity.simulator;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import com.github.luben.zstd.ZstdDecompressCtx;
import com.github.luben.zstd.ZstdException;
import dev.serenity.simulator.world.SimGuild;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Transport compression ({@code compress=zlib-stream} and {@code compress=zstd-stream}) is one stream per
 * connection: the client decodes everything with one context, and a message cannot be decoded without the ones
 * before it.
 */
class CompressionTests {

	/** GUILDS, GUILD_MEMBERS, GUILD_MESSAGES and MESSAGE_CONTENT. */
	private static final long INTENTS = 1 | 2 | 512 | 32768;

	/** Guilds that exist before IDENTIFY; one more is created while connected. */
	private static final int GUILDS_BEFORE_IDENTIFY = 3;

	private static final int MESSAGES = 5;

	private static final byte[] SYNC_FLUSH = { 0, 0, (byte) 0xFF, (byte) 0xFF };

	private static final byte[] ZSTD_MAGIC = { 0x28, (byte) 0xB5, 0x2F, (byte) 0xFD };

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@ParameterizedTest
	@ValueSource(strings = { "zlib-stream", "zstd-stream" })
	void readyGuildCreatesAndMessagesAreDecodedWithOneContextPerConnection(String compression) {
		Exchange exchange = exchange(compression);
		List<JsonNode> payloads = exchange.payloads();
		assertThat(payloads.get(0).path("op").asInt()).as("HELLO").isEqualTo(10);
		assertThat(payloads.subList(1, payloads.size())).extracting((payload) -> payload.path("t").asString())
			.containsExactly("READY", "GUILD_CREATE", "GUILD_CREATE", "GUILD_CREATE", "GUILD_CREATE",
					"MESSAGE_CREATE", "MESSAGE_CREATE", "MESSAGE_CREATE", "MESSAGE_CREATE", "MESSAGE_CREATE");
		assertThat(payloads.subList(1, payloads.size())).extracting((payload) -> payload.path("s").asLong())
			.containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
		assertThat(payloads.subList(payloads.size() - MESSAGES, payloads.size()))
			.extracting((payload) -> payload.path("d").path("content").asString())
			.containsExactly("message 1", "message 2", "message 3", "message 4", "message 5");
		assertThat(exchange.frames()).as("one binary WebSocket message per payload").hasSameSizeAs(payloads);
	}

	@Test
	void everyZlibStreamMessageEndsWithSyncFlush() {
		Exchange exchange = exchange("zlib-stream");
		assertThat(exchange.frames()).isNotEmpty().allSatisfy((frame) -> {
			assertThat(frame.length).isGreaterThanOrEqualTo(SYNC_FLUSH.length);
			assertThat(Arrays.copyOfRange(frame, frame.length - SYNC_FLUSH.length, frame.length))
				.as("last four bytes").containsExactly(SYNC_FLUSH);
		});
		assertThat(exchange.frames().get(0)[0]).as("zlib header (CMF) of the first message only").isEqualTo((byte) 0x78);
	}

	@Test
	void zlibStreamMessageCannotBeInflatedWithoutTheMessagesBeforeIt() throws DataFormatException {
		Exchange exchange = exchange("zlib-stream");
		List<byte[]> frames = exchange.frames();
		Inflater fresh = new Inflater();
		try {
			assertThatExceptionOfType(DataFormatException.class)
				.as("a fresh Inflater on message 2 alone")
				.isThrownBy(() -> GatewayTestClient.inflate(fresh, frames.get(1)));
		}
		finally {
			fresh.end();
		}
		int last = frames.size() - 1;
		assertThat(inflateAlone(frames.get(last)))
			.as("message %d as raw deflate alone: it refers back to earlier messages", last + 1)
			.isNotEqualTo(Optional.of(exchange.payloads().get(last)));
		Inflater stream = new Inflater();
		try {
			for (int i = 0; i < frames.size(); i++) {
				byte[] json = GatewayTestClient.inflate(stream, frames.get(i));
				assertThat(parse(json)).as("message %d inflated after messages 1..%d", i + 1, i)
					.isEqualTo(exchange.payloads().get(i));
			}
		}
		finally {
			stream.end();
		}
	}

	@Test
	void zstdStreamMessageCannotBeDecompressedWithoutTheMessagesBeforeIt() {
		Exchange exchange = exchange("zstd-stream");
		List<byte[]> frames = exchange.frames();
		assertThat(Arrays.copyOf(frames.get(0), ZSTD_MAGIC.length)).as("the first message opens the zstd frame")
			.containsExactly(ZSTD_MAGIC);
		assertThat(Arrays.copyOf(frames.get(1), ZSTD_MAGIC.length)).as("message 2 carries no zstd frame header")
			.isNotEqualTo(ZSTD_MAGIC);
		assertThat(decompressAlone(frames.get(1))).as("message 2 with a fresh zstd context")
			.isNotEqualTo(Optional.of(exchange.payloads().get(1)));
		int last = frames.size() - 1;
		assertThat(decompressAlone(frames.get(last))).as("message %d with a fresh zstd context", last + 1)
			.isNotEqualTo(Optional.of(exchange.payloads().get(last)));
		try (ZstdDecompressCtx stream = new ZstdDecompressCtx()) {
			for (int i = 0; i < frames.size(); i++) {
				assertThat(parse(decompress(stream, frames.get(i))))
					.as("message %d decompressed after messages 1..%d", i + 1, i)
					.isEqualTo(exchange.payloads().get(i));
			}
		}
	}

	@Test
	void unknownCompressValueIsClosedWithDecodeError() {
		try (DiscordSimulator discord = DiscordSimulator.start();
				GatewayTestClient client = GatewayTestClient.connect(discord.gatewayUrl(), "gzip")) {
			assertThat(client.awaitClose()).as("close code (reason: %s)", client.closeReason()).isEqualTo(4002);
			assertThat(client.closeReason()).contains("gzip").contains("zlib-stream").contains("zstd-stream");
		}
	}

	@Test
	void gatewayVersion9IsClosedWithInvalidApiVersion() {
		try (DiscordSimulator discord = DiscordSimulator.start();
				GatewayTestClient client = GatewayTestClient.connectRaw(discord.gatewayUrl() + "?v=9&encoding=json")) {
			assertThat(client.awaitClose()).as("close code (reason: %s)", client.closeReason()).isEqualTo(4012);
		}
	}

	/**
	 * Connect with transport compression, identify, receive READY and the GUILD_CREATEs of guilds made before and
	 * after IDENTIFY, then receive messages users post.
	 * @param compression {@code zlib-stream} or {@code zstd-stream}
	 * @return every payload the client decoded, in order, and the binary messages it received
	 */
	private static Exchange exchange(String compression) {
		try (DiscordSimulator discord = DiscordSimulator.start()) {
			SimulatorControl control = discord.control();
			List<SimGuild> guilds = new ArrayList<>();
			for (int i = 1; i <= GUILDS_BEFORE_IDENTIFY; i++) {
				guilds.add(control.createGuild("Compressed Guild " + i));
			}
			long author = control.createUser("talker").id();
			control.addMember(guilds.get(0).id(), author);
			long channel = control.defaultChannel(guilds.get(0).id()).id();
			try (GatewayTestClient client = GatewayTestClient.connect(discord.gatewayUrl(), compression)) {
				List<JsonNode> payloads = new ArrayList<>();
				await(client, payloads, (payload) -> payload.path("op").asInt(-1) == 10, "HELLO");
				client.identify(discord.token(), INTENTS, 0, 1);
				await(client, payloads, dispatch("READY"), "READY");
				for (int i = 1; i <= GUILDS_BEFORE_IDENTIFY; i++) {
					await(client, payloads, dispatch("GUILD_CREATE"), "GUILD_CREATE " + i);
				}
				SimGuild created = control.createGuild("Compressed Guild " + (GUILDS_BEFORE_IDENTIFY + 1));
				JsonNode live = await(client, payloads, dispatch("GUILD_CREATE"), "GUILD_CREATE of a new guild");
				assertThat(live.path("d").path("id").asString()).isEqualTo(Long.toUnsignedString(created.id()));
				for (int i = 1; i <= MESSAGES; i++) {
					control.say(author, channel, "message " + i);
					JsonNode message = await(client, payloads, dispatch("MESSAGE_CREATE"), "MESSAGE_CREATE " + i);
					assertThat(message.path("d").path("content").asString()).isEqualTo("message " + i);
				}
				assertThat(client.isClosed()).as("connection closed (reason: %s)", client.closeReason()).isFalse();
				return new Exchange(payloads, client.rawBinary());
			}
		}
	}

	/**
	 * Wait for a payload, keeping every payload decoded on the way, in order.
	 */
	private static JsonNode await(GatewayTestClient client, List<JsonNode> seen, Predicate<JsonNode> condition,
			String description) {
		try {
			return client.await((payload) -> seen.add(payload) && condition.test(payload), description);
		}
		catch (AssertionError ex) {
			if (client.isClosed()) {
				throw new AssertionError("Expected " + description + " but the server closed the connection with "
						+ client.awaitClose() + " (" + client.closeReason() + ")", ex);
			}
			throw ex;
		}
	}

	private static Predicate<JsonNode> dispatch(String type) {
		return (payload) -> payload.path("op").asInt(-1) == 0 && type.equals(payload.path("t").asString(null));
	}

	private static JsonNode parse(byte[] json) {
		return JSON.readTree(new String(json, StandardCharsets.UTF_8));
	}

	/**
	 * Inflate one message as raw deflate (no zlib header) with a fresh decoder.
	 * @return the payload, or empty when it cannot be inflated or parsed on its own
	 */
	private static Optional<JsonNode> inflateAlone(byte[] frame) {
		Inflater fresh = new Inflater(true);
		try {
			return Optional.of(parse(GatewayTestClient.inflate(fresh, frame)));
		}
		catch (DataFormatException | JacksonException ex) {
			return Optional.empty();
		}
		finally {
			fresh.end();
		}
	}

	/**
	 * Decompress one message with a fresh zstd context.
	 * @return the payload, or empty when it cannot be decompressed or parsed on its own
	 */
	private static Optional<JsonNode> decompressAlone(byte[] frame) {
		try (ZstdDecompressCtx fresh = new ZstdDecompressCtx()) {
			return Optional.of(parse(decompress(fresh, frame)));
		}
		catch (ZstdException | JacksonException ex) {
			return Optional.empty();
		}
	}

	/**
	 * Feed one message to a streaming zstd context until the input is used up and no output is pending.
	 */
	private static byte[] decompress(ZstdDecompressCtx context, byte[] frame) {
		ByteBuffer in = ByteBuffer.allocateDirect(frame.length).put(frame).flip();
		ByteBuffer out = ByteBuffer.allocateDirect(64 * 1024);
		ByteArrayOutputStream json = new ByteArrayOutputStream();
		boolean full;
		boolean progress;
		do {
			int before = in.remaining();
			out.clear();
			context.decompressDirectByteBufferStream(out, in);
			out.flip();
			progress = out.hasRemaining() || in.remaining() < before;
			byte[] part = new byte[out.remaining()];
			out.get(part);
			json.writeBytes(part);
			full = part.length == out.capacity();
		}
		while (progress && (in.hasRemaining() || full));
		return json.toByteArray();
	}

	private record Exchange(List<JsonNode> payloads, List<byte[]> frames) {
	}

}
