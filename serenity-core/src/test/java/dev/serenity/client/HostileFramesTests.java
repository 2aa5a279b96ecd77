package dev.serenity.client;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Stream;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.serenity.event.MessageCreateEvent;
import dev.serenity.gateway.Shard;
import dev.serenity.gateway.ShardState;
import dev.serenity.simulator.SimulatorConfig;
import dev.serenity.simulator.gateway.ShardControl;
import dev.serenity.simulator.record.SessionAttempt;
import dev.serenity.simulator.record.SessionAttempt.Kind;
import dev.serenity.simulator.record.SessionAttempt.Result;
import dev.serenity.simulator.world.SimChannel;
import dev.serenity.simulator.world.SimGuild;
import dev.serenity.simulator.world.SimUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A connected client receives hostile frames from the (simulated) gateway: each is logged and skipped, the next
 * normal message still reaches the listeners, and the shard stays on its first connection and session.
 */
class HostileFramesTests {

	private static final String WARM_UP = "warm-up";

	private static final String PROBE = "probe";

	private static final String BIG = "x".repeat(3 * 1024 * 1024);

	private SimulatedDiscord discord;

	private DiscordClient client;

	private SimGuild guild;

	private SimUser user;

	private SimChannel channel;

	private final List<String> contents = new CopyOnWriteArrayList<>();

	private final List<RawEvent> raw = new CopyOnWriteArrayList<>();

	private final ListAppender<ILoggingEvent> logs = new ListAppender<>();

	private String template;

	@BeforeEach
	void connect() {
		this.logs.start();
		serenityLogger().addAppender(this.logs);
		this.discord = SimulatedDiscord.startOnVirtualTime(SimulatorConfig.builder());
		this.guild = this.discord.simulator.control().createGuild("Hostile");
		this.user = this.discord.simulator.control().createUser("talker");
		this.discord.simulator.control().addMember(this.guild.id(), this.user.id());
		this.channel = this.discord.simulator.control().defaultChannel(this.guild.id());
		this.client = this.discord.track(this.discord.client(1 | 512 | 32768)
			.listener(MessageCreateEvent.class, (event, context) -> this.contents.add(event.message().content()))
			.rawListener((event, context) -> this.raw.add(event))
			.build());
		this.client.startShardRangeAsync(0, 0, 1).join();
		this.discord.simulator.control().say(this.user.id(), this.channel.id(), WARM_UP);
		await().atMost(Duration.ofSeconds(10)).until(() -> this.contents.contains(WARM_UP));
		this.template = this.raw.stream()
			.filter((event) -> "MESSAGE_CREATE".equals(event.type()))
			.findFirst()
			.orElseThrow()
			.dataJson();
		assertThat(this.template).contains("\"content\":\"" + WARM_UP + "\"");
		this.contents.clear();
		this.raw.clear();
	}

	@AfterEach
	void close() {
		this.discord.close();
		serenityLogger().detachAppender(this.logs);
	}

	private static Logger serenityLogger() {
		return (Logger) LoggerFactory.getLogger("dev.serenity");
	}

	private ShardControl shard0() {
		return this.discord.simulator.control().shard(0);
	}

	private Shard shard() {
		return this.client.shards().get(0);
	}

	/** A MESSAGE_CREATE data object like the simulator's, with other content (a JSON string literal). */
	private String message(String contentLiteral) {
		return this.template.replace("\"content\":\"" + WARM_UP + "\"", "\"content\":" + contentLiteral);
	}

	/** A dispatch without a sequence number, so that it cannot disturb the session's sequence. */
	private static String dispatch(String type, String data) {
		return "{\"op\":0,\"s\":null,\"t\":\"" + type + "\",\"d\":" + data + "}";
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] replace(byte[] payload, String marker, byte[] replacement) {
		String text = new String(payload, StandardCharsets.ISO_8859_1);
		int at = text.indexOf(marker);
		assertThat(at).as("marker %s", marker).isNotNegative();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(payload, 0, at);
		out.writeBytes(replacement);
		out.write(payload, at + marker.length(), payload.length - at - marker.length());
		return out.toByteArray();
	}

	static Stream<Arguments> hostileFrames() {
		String deep = "[".repeat(10_000) + "]".repeat(10_000);
		return Stream.of(
				frame("truncated JSON", (t) -> utf8(t.dispatchOf("\"truncated\"")
					.substring(0, t.dispatchOf("\"truncated\"").length() / 2)), Expect.SKIPPED),
				frame("UTF-8 byte order mark", (t) -> concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF },
						utf8(t.dispatchOf("\"bom\""))), Expect.SKIPPED),
				frame("duplicate 'op'", (t) -> utf8("{\"op\":0," + t.dispatchOf("\"duplicate\"").substring(1)),
						Expect.SKIPPED),
				frame("NaN", (t) -> utf8("{\"op\":0,\"s\":NaN,\"t\":\"MESSAGE_CREATE\",\"d\":"
						+ t.message("\"nan\"") + "}"), Expect.SKIPPED),
				frame("two frames concatenated", (t) -> utf8(t.dispatchOf("\"first\"") + t.dispatchOf("\"second\"")),
						Expect.SKIPPED),
				frame("invalid UTF-8 bytes", (t) -> replace(utf8(t.dispatchOf("\"a<BAD>b\"")), "<BAD>",
						new byte[] { (byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0x80 }), Expect.ANY),
				frame("lone surrogates", (t) -> utf8(t.dispatchOf("\"\\ud800 lone \\udfff\"")), Expect.ANY),
				frame("message id beyond 64 bits",
						(t) -> utf8(dispatch("MESSAGE_CREATE", t.message("\"big id\"")
							.replaceFirst("\"id\":\"\\d+\"", "\"id\":\"18446744073709551616\""))),
						Expect.SKIPPED),
				frame("guild id beyond 64 bits", (t) -> utf8(dispatch("MESSAGE_CREATE",
						t.message("\"big guild\"").replace("\"guild_id\":\"", "\"guild_id\":\"99999999999"))),
						Expect.SKIPPED),
				frame("sequence beyond 64 bits", (t) -> utf8("{\"op\":0,\"s\":18446744073709551616,"
						+ "\"t\":\"MESSAGE_CREATE\",\"d\":" + t.message("\"big s\"") + "}"), Expect.SKIPPED),
				frame("dispatch with null 't'", (t) -> utf8("{\"op\":0,\"s\":null,\"t\":null,\"d\":"
						+ t.message("\"no type\"") + "}"), Expect.SKIPPED),
				frame("INVALID_SESSION with a string 'd'", (t) -> utf8("{\"op\":9,\"d\":\"false\"}"), Expect.SKIPPED),
				frame("INVALID_SESSION without 'd'", (t) -> utf8("{\"op\":9}"), Expect.SKIPPED),
				frame("unknown opcode", (t) -> utf8("{\"op\":42,\"d\":{\"future\":true}}"), Expect.SKIPPED),
				frame("10,000-deep nesting", (t) -> utf8(dispatch("MESSAGE_CREATE", deep)), Expect.SKIPPED),
				frame("MESSAGE_CREATE whose data is an array", (t) -> utf8(dispatch("MESSAGE_CREATE", "[1,2]")),
						Expect.SKIPPED),
				frame("3 MB string", (t) -> utf8(t.dispatchOf("\"" + BIG + "\"")), Expect.BIG_DELIVERED));
	}

	private static byte[] concat(byte[] first, byte[] second) {
		byte[] both = new byte[first.length + second.length];
		System.arraycopy(first, 0, both, 0, first.length);
		System.arraycopy(second, 0, both, first.length, second.length);
		return both;
	}

	private static Arguments frame(String name, Function<Templates, byte[]> payload, Expect expect) {
		return Arguments.of(Named.of(name, payload), expect);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("hostileFrames")
	void hostileFrameIsSkippedAndTheShardStaysOnItsConnection(Function<Templates, byte[]> frame, Expect expect) {
		byte[] payload = frame.apply(new Templates(this::message));
		assertThat(shard0().sendRawBytes(payload)).isEqualTo(1);
		assertNextMessageArrivesOnTheSameConnection();
		switch (expect) {
			case SKIPPED -> assertThat(this.contents).containsExactly(PROBE);
			case BIG_DELIVERED -> {
				assertThat(this.contents).hasSize(2).endsWith(PROBE);
				assertThat(this.contents.get(0)).hasSize(BIG.length()).isEqualTo(BIG);
			}
			case ANY -> assertThat(this.contents).hasSizeLessThanOrEqualTo(2).endsWith(PROBE);
		}
	}

	@Test
	void hostileFramesSentAsTextAreSkippedToo() {
		shard0().sendRaw("{\"op\":0,\"s\":1,\"t\":\"MESSAGE_CREATE\",\"d\":{");
		shard0().sendRaw("{\"op\":0,\"op\":0,\"s\":null,\"t\":\"MESSAGE_CREATE\",\"d\":" + message("\"dup\"") + "}");
		shard0().sendRaw("{\"op\":0,\"s\":NaN,\"t\":\"MESSAGE_CREATE\",\"d\":" + message("\"nan\"") + "}");
		shard0().sendRaw("\ufeff" + dispatch("MESSAGE_CREATE", message("\"bom\"")));
		shard0().sendRaw(dispatch("MESSAGE_CREATE", message("\"one\"")) + dispatch("MESSAGE_CREATE",
				message("\"two\"")));
		assertNextMessageArrivesOnTheSameConnection();
		assertThat(this.contents).containsExactly(PROBE);
	}

	@Test
	void unknownEventReachesRawListenersWithItsJsonIntact() {
		String data = "{\"guild_id\":\"" + Long.toUnsignedString(this.guild.id()) + "\",\"brand_new\":{\"nested\":"
				+ "[1,2.5e300,true,null,\"\\\"quoted\\\"\"],\"emoji\":\"\u00e9\u4e2d\ud83d\udd25\"},"
				+ "\"unknown_number\":123456789012345678901234567890, \"spaced\" : [ ] }";
		shard0().sendRaw(dispatch("BRAND_NEW_EVENT", data));
		assertNextMessageArrivesOnTheSameConnection();
		assertThat(this.contents).containsExactly(PROBE);
		RawEvent event = this.raw.stream()
			.filter((candidate) -> "BRAND_NEW_EVENT".equals(candidate.type()))
			.findFirst()
			.orElseThrow();
		assertThat(event.dataJson()).isEqualTo(data);
		assertThat(event.guildId()).isEqualTo(this.guild.id());
		assertThat(event.sequence()).isEqualTo(-1);
		assertThat(event.shardId()).isZero();
		assertThat(event.data().path("brand_new").path("emoji").asString()).isEqualTo("\u00e9\u4e2d\ud83d\udd25");
		assertThat(this.raw).extracting(RawEvent::type).containsExactly("BRAND_NEW_EVENT", "MESSAGE_CREATE");
	}

	@Test
	void manyHostileFramesInARowLeaveTheSessionIntact() {
		for (int i = 0; i < 50; i++) {
			shard0().sendRaw("{\"op\":0,\"s\":" + "9".repeat(30) + ",\"t\":\"MESSAGE_CREATE\",\"d\":{}}");
			shard0().sendRaw("{\"op\":" + (20 + i) + ",\"d\":null}");
			shard0().sendRawBytes(new byte[] { (byte) 0xFF, (byte) 0xFE, '{' });
		}
		long sequence = shard().sequence();
		assertNextMessageArrivesOnTheSameConnection();
		assertThat(this.contents).containsExactly(PROBE);
		assertThat(shard().sequence()).isEqualTo(sequence + 1);
	}

	/**
	 * Post a normal message and check that it arrives, then ask for a heartbeat: the answer on the first connection
	 * shows the shard processed everything before it without closing that connection.
	 */
	private void assertNextMessageArrivesOnTheSameConnection() {
		long connectionId = this.discord.simulator.recorder().connections().get(0).connectionId();
		this.discord.simulator.control().say(this.user.id(), this.channel.id(), PROBE);
		await().atMost(Duration.ofSeconds(20)).until(() -> this.contents.contains(PROBE));
		long heartbeats = heartbeats(connectionId);
		assertThat(shard0().requestHeartbeat()).isEqualTo(1);
		await().atMost(Duration.ofSeconds(10)).until(() -> heartbeats(connectionId) > heartbeats);
		assertThat(shard().state()).isEqualTo(ShardState.CONNECTED);
		assertThat(this.discord.simulator.recorder().connections()).hasSize(1);
		assertThat(this.discord.simulator.recorder().sessionAttempts()).singleElement().satisfies((attempt) -> {
			assertThat(attempt.kind()).isEqualTo(Kind.IDENTIFY);
			assertThat(attempt.result()).isEqualTo(Result.READY);
		});
		assertThat(this.discord.attempts(Kind.RESUME)).isEmpty();
		assertThat(this.discord.simulator.recorder().closes()).isEmpty();
		assertThat(this.logs.list).as("errors logged")
			.noneMatch((event) -> event.getLevel().isGreaterOrEqual(Level.ERROR));
		assertThat(this.discord.simulator.recorder().sessionAttempts()).extracting(SessionAttempt::connectionId)
			.containsOnly(connectionId);
	}

	private long heartbeats(long connectionId) {
		return this.discord.simulator.recorder()
			.frames()
			.stream()
			.filter((frame) -> frame.connectionId() == connectionId && frame.op() == 1)
			.count();
	}

	enum Expect {

		/** Only the probe reaches the typed listener. */
		SKIPPED,

		/** The 3 MB message reaches the typed listener, then the probe. */
		BIG_DELIVERED,

		/** The frame may or may not become an event; the probe arrives last. */
		ANY

	}

	/**
	 * Builds frames from the simulator's own MESSAGE_CREATE data.
	 */
	static final class Templates {

		private final Function<String, String> message;

		Templates(Function<String, String> message) {
			this.message = message;
		}

		String message(String contentLiteral) {
			return this.message.apply(contentLiteral);
		}

		String dispatchOf(String contentLiteral) {
			return dispatch("MESSAGE_CREATE", message(contentLiteral));
		}

	}

}
