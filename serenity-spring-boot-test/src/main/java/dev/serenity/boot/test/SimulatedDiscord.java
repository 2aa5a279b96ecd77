package dev.serenity.boot.test;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import dev.serenity.simulator.DiscordSimulator;
import dev.serenity.simulator.SimulatorControl;
import dev.serenity.simulator.record.RestRecord;
import dev.serenity.simulator.world.SimGuild;
import dev.serenity.simulator.world.SimInteraction;
import dev.serenity.simulator.world.SimInteractions;
import dev.serenity.simulator.world.SimMessage;
import dev.serenity.simulator.world.World;
import org.assertj.core.api.AssertProvider;
import org.springframework.util.Assert;

/**
 * A test's handle on the embedded Discord simulator the bot is connected to: build guilds, make their members talk
 * and run slash commands, and check what the bot sent.
 * <p>
 * It is an AssertJ {@link AssertProvider}, so {@code assertThat(discord)} gives a {@link DiscordAssert}:
 *
 * <pre class="code">
 * SimulatedGuild guild = discord.guild("Test");
 * SimulatedUser alice = guild.member("alice");
 * alice.says(guild.channel(), "!ping");
 * assertThat(discord).channel(guild.channel()).awaitMessage("Pong!");
 * </pre>
 *
 * Every call to {@link #guild(String)} creates a new guild, so tests that share an application context (and so a
 * simulator) do not see each other's messages.
 */
public final class SimulatedDiscord implements AssertProvider<DiscordAssert> {

	/** How long {@code await*} assertions wait unless told otherwise. */
	public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

	private final DiscordSimulator simulator;

	/**
	 * Create a handle on a running simulator.
	 * @param simulator the simulator
	 */
	public SimulatedDiscord(DiscordSimulator simulator) {
		Assert.notNull(simulator, "'simulator' must not be null");
		this.simulator = simulator;
	}

	/**
	 * Create a guild, with a {@code #general} text channel, and announce it to the bot (GUILD_CREATE).
	 * @param name the guild's name
	 * @return the guild
	 */
	public SimulatedGuild guild(String name) {
		Assert.hasText(name, "'name' must not be empty");
		SimGuild guild = control().createGuild(name);
		return new SimulatedGuild(this, guild);
	}

	/**
	 * Return the simulator, for what the DSL does not cover (faults, rate limits, the recorder).
	 * @return the simulator
	 */
	public DiscordSimulator simulator() {
		return this.simulator;
	}

	/**
	 * Return the simulator's control API.
	 * @return the control API
	 */
	public SimulatorControl control() {
		return this.simulator.control();
	}

	/**
	 * Return the bot's user id.
	 * @return the id
	 */
	public long botUserId() {
		return this.simulator.botUserId();
	}

	/**
	 * Return the messages the bot sent to a channel that are still there, oldest first.
	 * @param channel the channel
	 * @return the messages
	 */
	public List<SimMessage> messagesFromBot(SimulatedChannel channel) {
		return messages(channel).stream().filter((message) -> message.authorId() == botUserId()).toList();
	}

	/**
	 * Return every message of a channel that is still there, oldest first.
	 * @param channel the channel
	 * @return the messages
	 */
	public List<SimMessage> messages(SimulatedChannel channel) {
		return world().channelMessages(channel.id())
			.stream()
			.sorted(Comparator.comparingLong(SimMessage::id))
			.toList();
	}

	/**
	 * Return the REST requests the bot made about a channel (paths under {@code /channels/<id>}), oldest first.
	 * @param channel the channel
	 * @return the requests
	 */
	public List<RestRecord> restRequests(SimulatedChannel channel) {
		String prefix = "/channels/" + Long.toUnsignedString(channel.id());
		return this.simulator.recorder()
			.rest()
			.stream()
			.filter((request) -> request.path() != null
					&& (request.path().equals(prefix) || request.path().startsWith(prefix + "/")))
			.toList();
	}

	/**
	 * Return the responses the bot sent to an interaction, as the simulator accepted them.
	 * @param interaction the interaction
	 * @return the callbacks, in order
	 */
	public List<SimInteractions.Callback> callbacks(SimulatedInteraction interaction) {
		return world().interactions().callbacks(interaction.id());
	}

	/**
	 * Return the text of the bot's answers to an interaction: the original response (as last edited) and the
	 * follow-ups, ephemeral ones included.
	 * @param interaction the interaction
	 * @return the answers' contents, in order
	 */
	public List<String> responses(SimulatedInteraction interaction) {
		Optional<SimInteraction> state = world().interactions().find(interaction.id());
		List<String> contents = new java.util.ArrayList<>();
		state.ifPresent((current) -> {
			if (current.originalMessageId() != 0 && !current.loading()) {
				content(current.originalMessageId()).ifPresent(contents::add);
			}
			current.followUps().forEach((id) -> content(id).ifPresent(contents::add));
		});
		if (contents.isEmpty()) {
			callbacks(interaction).stream()
				.filter((callback) -> callback.data() != null && callback.data().has("content"))
				.forEach((callback) -> contents.add(callback.data().path("content").asString()));
		}
		return contents;
	}

	private Optional<String> content(long messageId) {
		return world().findMessage(messageId)
			.or(() -> world().interactions().ephemeral(messageId))
			.map(SimMessage::content);
	}

	/**
	 * Return a channel of the simulated Discord by id.
	 * @param channelId the channel
	 * @return the channel, with its guild
	 */
	SimulatedChannel channel(long channelId) {
		dev.serenity.simulator.world.SimChannel channel = world().channel(channelId);
		return new SimulatedChannel(new SimulatedGuild(this, world().guild(channel.guildId())), channel);
	}

	World world() {
		return control().world();
	}

	@Override
	public DiscordAssert assertThat() {
		return new DiscordAssert(this);
	}

	@Override
	public String toString() {
		return "SimulatedDiscord[" + this.simulator.restUrl() + "]";
	}

}
