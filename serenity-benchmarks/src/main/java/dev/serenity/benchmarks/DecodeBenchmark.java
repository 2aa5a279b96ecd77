package dev.serenity.benchmarks;

import java.util.concurrent.TimeUnit;

import dev.serenity.event.EventType;
import dev.serenity.gateway.FrameReader;
import dev.serenity.gateway.GatewayFrame;
import dev.serenity.json.DiscordJson;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.core.JsonParser;

/**
 * Decoding one gateway payload into its typed event, the way the client does it: {@link FrameReader#read} (the
 * envelope, on the shard's event loop) and then {@link EventType#decode} of {@code d} (on the listener lane, as
 * {@code EventDispatcher} does). {@link #messageCreateEnvelope()} is the first half alone.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DecodeBenchmark {

	/** Members in the large GUILD_CREATE. */
	public static final int GUILD_MEMBERS = 1000;

	/** Channels in the large GUILD_CREATE. */
	public static final int GUILD_CHANNELS = 200;

	private byte[] messageCreate;

	private byte[] guildCreate;

	private byte[] presenceUpdate;

	private byte[] interactionCreate;

	/**
	 * Generate the payloads and check that each decodes.
	 */
	@Setup
	public void setUp() {
		this.messageCreate = GatewayPayloads.messageCreate(1);
		this.guildCreate = GatewayPayloads.guildCreate(GUILD_MEMBERS, GUILD_CHANNELS);
		this.presenceUpdate = GatewayPayloads.presenceUpdate();
		this.interactionCreate = GatewayPayloads.interactionCreate();
		for (byte[] payload : new byte[][] { this.messageCreate, this.guildCreate, this.presenceUpdate,
				this.interactionCreate }) {
			if (decode(payload) == null) {
				throw new IllegalStateException("Payload did not decode: " + new String(payload));
			}
		}
	}

	/**
	 * Envelope only: {@code op}, {@code s}, {@code t}, the bounds of {@code d} and the guild id.
	 * @return the frame
	 */
	@Benchmark
	public GatewayFrame messageCreateEnvelope() {
		return FrameReader.read(this.messageCreate);
	}

	/**
	 * MESSAGE_CREATE (about 1 KB) to {@code MessageCreateEvent}.
	 * @return the event
	 */
	@Benchmark
	public Object messageCreate() {
		return decode(this.messageCreate);
	}

	/**
	 * GUILD_CREATE with 1,000 members, 200 channels, 20 roles and 200 presences to {@code GuildCreateEvent}.
	 * @return the event
	 */
	@Benchmark
	public Object guildCreate() {
		return decode(this.guildCreate);
	}

	/**
	 * PRESENCE_UPDATE to {@code PresenceUpdateEvent}.
	 * @return the event
	 */
	@Benchmark
	public Object presenceUpdate() {
		return decode(this.presenceUpdate);
	}

	/**
	 * INTERACTION_CREATE of a slash command to {@code InteractionCreateEvent}.
	 * @return the event
	 */
	@Benchmark
	public Object interactionCreate() {
		return decode(this.interactionCreate);
	}

	/**
	 * Decode a payload as the client does: envelope, then the typed event of {@code d}.
	 * @param payload the frame's bytes
	 * @return the typed event
	 */
	static Object decode(byte[] payload) {
		GatewayFrame frame = FrameReader.read(payload);
		EventType<?> type = EventType.forName(frame.type());
		try (JsonParser parser = DiscordJson.mapper()
			.createParser(frame.bytes(), frame.dataOffset(), frame.dataLength())) {
			parser.nextToken();
			return type.decode(parser);
		}
	}

}
