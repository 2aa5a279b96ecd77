package dev.serenity.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.serenity.simulator.gateway.Dispatch;
import dev.serenity.simulator.gateway.Gateway;
import dev.serenity.simulator.gateway.MessageFlood;
import dev.serenity.simulator.gateway.ShardControl;
import dev.serenity.simulator.http.RateLimitScope;
import dev.serenity.simulator.http.RateLimits;
import dev.serenity.simulator.world.SimChannel;
import dev.serenity.simulator.world.SimGuild;
import dev.serenity.simulator.world.SimMember;
import dev.serenity.simulator.world.SimMessage;
import dev.serenity.simulator.world.SimUser;
import dev.serenity.simulator.world.World;
import dev.serenity.simulator.world.WorldJson;
import tools.jackson.databind.node.ObjectNode;

/**
 * The simulator's Java control API: build the world, make simulated users act, flood a channel and inject faults.
 * Each change sends the gateway events Discord would send for it. The HTTP control API under
 * {@code /_simulator} calls the same methods.
 */
public final class SimulatorControl {

	private static final Pattern USER_MENTION = Pattern.compile("<@!?(\\d{1,20})>");

	private final World world;

	private final WorldJson json;

	private final Gateway gateway;

	private final long applicationId;

	private final MessageEvents messages;

	private final RateLimits rateLimits;

	private final ChannelControl channels;

	private final PollControl polls;

	private final GuildControl guilds;

	private final InteractionControl interactions;

	SimulatorControl(World world, Gateway gateway, long applicationId, RateLimits rateLimits) {
		this.world = world;
		this.json = new WorldJson(world);
		this.gateway = gateway;
		this.applicationId = applicationId;
		this.messages = new MessageEvents(world, gateway);
		this.rateLimits = rateLimits;
		this.channels = new ChannelControl(world, gateway);
		this.polls = new PollControl(world, gateway, this.messages);
		this.guilds = new GuildControl(this, gateway);
		this.interactions = new InteractionControl(world, gateway, applicationId);
	}

	/**
	 * Return the control of channels, threads, thread members, typing and invites.
	 * @return the channel control
	 */
	public ChannelControl channels() {
		return this.channels;
	}

	/**
	 * Return the poll operations: votes of simulated users and the end of polls.
	 * @return the poll control
	 */
	public PollControl polls() {
		return this.polls;
	}

	/**
	 * Return the control of guild settings, roles, members and bans.
	 * @return the guild control
	 */
	public GuildControl guilds() {
		return this.guilds;
	}

	/**
	 * Return the interaction controls: component clicks, autocomplete, modals, the bot's responses and command
	 * permissions.
	 * @return the controls
	 */
	public InteractionControl interactions() {
		return this.interactions;
	}

	/**
	 * Return the simulated world, for reading.
	 * @return the world
	 */
	public World world() {
		return this.world;
	}

	/**
	 * Return the control of users, the bot's guild memberships and webhooks.
	 * @return the account control
	 */
	public AccountControl accounts() {
		return new AccountControl(this.world, this.gateway, this);
	}

	/**
	 * Create a user.
	 * @param username the username
	 * @return the user
	 */
	public SimUser createUser(String username) {
		return this.world.createUser(username, false);
	}

	/**
	 * Create a guild, as Discord does with a {@code #general} text channel and a {@code General} voice channel, owned
	 * by a new user; the bot is a member and receives GUILD_CREATE on the guild's shard.
	 * @param name the guild's name
	 * @return the guild
	 */
	public SimGuild createGuild(String name) {
		return createGuild(name, createUser(name.toLowerCase().replaceAll("[^a-z0-9]", "") + "-owner").id());
	}

	/**
	 * Create a guild owned by an existing user.
	 * @param name the guild's name
	 * @param ownerId the owner
	 * @return the guild
	 */
	public SimGuild createGuild(String name, long ownerId) {
		SimGuild guild = this.world.createGuild(name, ownerId);
		this.world.createChannel(guild.id(), "general", SimChannel.GUILD_TEXT);
		this.world.createChannel(guild.id(), "General", SimChannel.GUILD_VOICE);
		for (var session : this.gateway.sessions()) {
			if (Snowflakes.shardOf(guild.id(), session.numShards()) == session.shardId()) {
				session.dispatch(Dispatch.of("GUILD_CREATE", guild.id(),
						this.json.guildCreate(guild, true, session.largeThreshold())));
			}
		}
		return guild;
	}

	/**
	 * Create a guild (as {@link #createGuild(String)}) and a user who is a member of it, ready to talk in its
	 * {@code #general}.
	 * @param guildName the guild's name
	 * @param username the member's username
	 * @return the guild, the member and the guild's text channel
	 */
	public GuildWithMember createGuildWithMember(String guildName, String username) {
		SimGuild guild = createGuild(guildName);
		SimUser user = createUser(username);
		addMember(guild.id(), user.id());
		return new GuildWithMember(guild, user, defaultChannel(guild.id()));
	}

	/**
	 * A guild with one member and its text channel.
	 *
	 * @param guild the guild
	 * @param member the member
	 * @param channel the guild's {@code #general}
	 */
	public record GuildWithMember(SimGuild guild, SimUser member, SimChannel channel) {
	}

	/**
	 * Return a guild's first text channel.
	 * @param guildId the guild
	 * @return the channel
	 */
	public SimChannel defaultChannel(long guildId) {
		return this.world.channelsOf(this.world.guild(guildId))
			.stream()
			.filter((channel) -> channel.type() == SimChannel.GUILD_TEXT)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("Guild " + guildId + " has no text channel"));
	}

	/**
	 * Create a channel; sends CHANNEL_CREATE.
	 * @param guildId the guild
	 * @param name the name
	 * @param type the channel type, e.g. {@link SimChannel#GUILD_TEXT}
	 * @return the channel
	 */
	public SimChannel createChannel(long guildId, String name, int type) {
		SimChannel channel = this.world.createChannel(guildId, name, type);
		this.gateway.dispatch(Dispatch.of("CHANNEL_CREATE", guildId, this.json.channel(channel)));
		return channel;
	}

	/**
	 * Make a user join a guild; sends GUILD_MEMBER_ADD.
	 * @param guildId the guild
	 * @param userId the user
	 * @return the membership
	 */
	public SimMember addMember(long guildId, long userId) {
		SimMember member = this.world.addMember(guildId, userId);
		ObjectNode data = this.json.member(member, true);
		data.put("guild_id", WorldJson.id(guildId));
		this.gateway.dispatch(Dispatch.of("GUILD_MEMBER_ADD", guildId, data));
		return member;
	}

	/**
	 * Make a user leave a guild; sends GUILD_MEMBER_REMOVE.
	 * @param guildId the guild
	 * @param userId the user
	 */
	public void removeMember(long guildId, long userId) {
		this.world.removeMember(guildId, userId).ifPresent((member) -> {
			ObjectNode data = WorldJson.object();
			data.put("guild_id", WorldJson.id(guildId));
			data.set("user", this.json.user(this.world.user(userId)));
			this.gateway.dispatch(Dispatch.of("GUILD_MEMBER_REMOVE", guildId, data));
		});
	}

	/**
	 * Make a user say something in a channel; sends MESSAGE_CREATE (with content emptied for bots without
	 * MESSAGE_CONTENT, unless the message mentions the bot or is a DM).
	 * @param userId the author
	 * @param channelId the channel
	 * @param content the text; {@code <@id>} mentions are resolved
	 * @return the message
	 */
	public SimMessage say(long userId, long channelId, String content) {
		SimChannel channel = this.world.channel(channelId);
		this.world.user(userId);
		if (!channel.isDm() && !this.world.guild(channel.guildId()).members().containsKey(userId)) {
			throw new IllegalArgumentException("User " + Long.toUnsignedString(userId) + " is not a member of guild "
					+ Long.toUnsignedString(channel.guildId()) + "; add them with addMember first");
		}
		List<Long> mentions = new ArrayList<>();
		Matcher matcher = USER_MENTION.matcher(content);
		while (matcher.find()) {
			long mentioned = Long.parseUnsignedLong(matcher.group(1));
			if (this.world.findUser(mentioned).isPresent() && !mentions.contains(mentioned)) {
				mentions.add(mentioned);
			}
		}
		SimMessage message = new SimMessage(this.world.nextId(), channelId, channel.guildId(), userId, content,
				this.world.now(), mentions);
		publish(message);
		return message;
	}

	/**
	 * Store a message and send its MESSAGE_CREATE.
	 * @param message the message
	 */
	public void publish(SimMessage message) {
		this.messages.publish(message);
	}

	/**
	 * Change a message atomically and send MESSAGE_UPDATE (content rules of MESSAGE_CREATE apply).
	 * @param channelId the message's channel
	 * @param messageId the message
	 * @param change computes the new message from the stored one
	 * @return the changed message
	 * @throws dev.serenity.simulator.world.UnknownEntityException when the channel has no such message
	 */
	public SimMessage editMessage(long channelId, long messageId, UnaryOperator<SimMessage> change) {
		return this.messages.edit(channelId, messageId, change);
	}

	/**
	 * Delete a message; sends MESSAGE_DELETE.
	 * @param channelId the channel
	 * @param messageId the message
	 * @return whether the channel had the message
	 */
	public boolean deleteMessage(long channelId, long messageId) {
		return this.messages.delete(channelId, messageId);
	}

	/**
	 * Delete messages of a channel at once; sends one MESSAGE_DELETE_BULK with the ids that existed.
	 * @param channelId the channel
	 * @param messageIds the messages; unknown ones are skipped
	 * @return the ids deleted
	 */
	public List<Long> deleteMessages(long channelId, Collection<Long> messageIds) {
		return this.messages.deleteAll(channelId, messageIds);
	}

	/**
	 * Pin a message; sends CHANNEL_PINS_UPDATE and posts Discord's "pinned a message" notice (type 6) as the user.
	 * Pinning a pinned message changes nothing.
	 * @param userId who pins
	 * @param channelId the channel
	 * @param messageId the message
	 * @return the pinned message
	 */
	public SimMessage pin(long userId, long channelId, long messageId) {
		return this.messages.pin(userId, channelId, messageId);
	}

	/**
	 * Unpin a message; sends CHANNEL_PINS_UPDATE. Unpinning a message that is not pinned changes nothing.
	 * @param channelId the channel
	 * @param messageId the message
	 * @return the unpinned message
	 */
	public SimMessage unpin(long channelId, long messageId) {
		return this.messages.unpin(channelId, messageId);
	}

	/**
	 * Make a user react to a message; sends MESSAGE_REACTION_ADD unless the user already reacted so.
	 * @param userId the user
	 * @param channelId the channel
	 * @param messageId the message
	 * @param emoji a Unicode emoji, or {@code name:id} for a custom one
	 * @return whether the reaction is new
	 * @throws IllegalArgumentException for text that is no emoji
	 * @throws IllegalStateException when the message has 20 emojis already
	 */
	public boolean react(long userId, long channelId, long messageId, String emoji) {
		return this.messages.react(userId, channelId, messageId, emoji);
	}

	/**
	 * Remove a user's reaction; sends MESSAGE_REACTION_REMOVE if there was one.
	 * @param userId the user
	 * @param channelId the channel
	 * @param messageId the message
	 * @param emoji a Unicode emoji, or {@code name:id}
	 * @return whether there was such a reaction
	 */
	public boolean unreact(long userId, long channelId, long messageId, String emoji) {
		return this.messages.unreact(userId, channelId, messageId, emoji);
	}

	/**
	 * Remove all reactions of a message (MESSAGE_REACTION_REMOVE_ALL), or all of one emoji
	 * (MESSAGE_REACTION_REMOVE_EMOJI).
	 * @param channelId the channel
	 * @param messageId the message
	 * @param emoji the emoji, or {@code null} for all
	 */
	public void clearReactions(long channelId, long messageId, String emoji) {
		this.messages.clearReactions(channelId, messageId, emoji);
	}

	/**
	 * Make the next REST request of a route get a 429.
	 * @param scope {@code GLOBAL}: a global 429; {@code SHARED}: a {@code shared} 429 (not counted as invalid);
	 * {@code USER}: the route's bucket is exhausted for {@code retryAfter}
	 * @param route the route, e.g. {@code "POST /channels/{channel_id}/messages"}, or {@code null} for any
	 * @param retryAfter the {@code retry_after} announced
	 */
	public void forceRateLimit(RateLimitScope scope, String route, Duration retryAfter) {
		forceRateLimit(scope, route, retryAfter, 1);
	}

	/**
	 * Make the next REST requests of a route get a 429.
	 * @param scope the 429's scope
	 * @param route the route, or {@code null} for any
	 * @param retryAfter the {@code retry_after} announced
	 * @param count how many requests get it
	 */
	public void forceRateLimit(RateLimitScope scope, String route, Duration retryAfter, int count) {
		this.rateLimits.force(scope, route, retryAfter, count);
	}

	/**
	 * Return the invalid REST requests (401, 403, 429 other than {@code shared}) counted in the current window.
	 * @return the count
	 */
	public int invalidRequestCount() {
		return this.rateLimits.invalidRequestCount();
	}

	/**
	 * Forget every rate limit bucket, counter, ban and forced 429.
	 */
	public void resetRateLimits() {
		this.rateLimits.reset();
	}

	/**
	 * Make a user run a slash command; sends INTERACTION_CREATE.
	 * @param userId the user
	 * @param channelId the channel (a guild channel or the DM with the bot)
	 * @param commandName the command
	 * @param options option values by name: strings, whole numbers, booleans or decimals
	 * @return the interaction as sent
	 */
	public ObjectNode invokeSlashCommand(long userId, long channelId, String commandName,
			Map<String, Object> options) {
		return this.interactions.invokeSlashCommand(userId, channelId, commandName, options);
	}

	/**
	 * Send a dispatch as is, e.g. an event the simulator has no method for.
	 * @param type the event name
	 * @param guildId the guild whose shard receives it, or 0 for shard 0
	 * @param data the event data
	 */
	public void dispatch(String type, long guildId, ObjectNode data) {
		this.gateway.dispatch(Dispatch.of(type, guildId, data));
	}

	/**
	 * Flood a channel with MESSAGE_CREATE from a user, as fast as each receiving connection reads.
	 * @param channelId a guild text channel
	 * @param userId the author
	 * @param count how many messages
	 * @return a handle to wait for the flood
	 */
	public Flood flood(long channelId, long userId, long count) {
		if (count < 1) {
			throw new IllegalArgumentException("count must be at least 1 but was " + count);
		}
		return new Flood(this.gateway.flood(channelId, userId, count));
	}

	/**
	 * Return the fault controls of a shard.
	 * @param shardId the shard
	 * @return its controls
	 */
	public ShardControl shard(int shardId) {
		return new ShardControl(this.gateway, shardId);
	}

	/**
	 * Send the given payload instead of HELLO on the next connection (to test a client's handling of a bad HELLO).
	 * @param helloJson the payload
	 */
	public void overrideNextHello(String helloJson) {
		this.gateway.overrideNextHello(helloJson);
	}

	/**
	 * Enforce heartbeat deadlines and session expiry now, on the simulator's clock (also done every 100 ms).
	 */
	public void sweep() {
		this.gateway.sweep();
	}

	/**
	 * A running flood, one per receiving session.
	 *
	 * @param floods the floods
	 */
	public record Flood(List<MessageFlood> floods) {

		/**
		 * Return how many messages all floods handed to their sessions so far.
		 * @return the count
		 */
		public long sent() {
			return this.floods.stream().mapToLong(MessageFlood::sent).sum();
		}

		/**
		 * Wait until every flood has handed all its messages to its session.
		 * @param timeout the longest wait
		 * @return whether all finished in time
		 */
		public boolean await(Duration timeout) {
			try {
				CompletableFuture.allOf(this.floods.stream().map(MessageFlood::completion)
					.toArray(CompletableFuture[]::new)).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
				return true;
			}
			catch (Exception ex) {
				if (ex instanceof InterruptedException) {
					Thread.currentThread().interrupt();
				}
				return false;
			}
		}

	}

}
