package dev.serenity.simulator.world;

import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

import dev.serenity.simulator.Snowflakes;

/**
 * The simulated Discord state: users, guilds, channels, members and messages. It only holds state; who sends which
 * gateway event after a change is decided by the caller.
 */
public final class World {

	/** Messages kept in memory; older ones are forgotten first. */
	public static final int MAX_STORED_MESSAGES = 100_000;

	private final Snowflakes snowflakes;

	private final InstantSource clock;

	private final SimUser bot;

	private final Map<Long, SimUser> users = new ConcurrentHashMap<>();

	private final Map<Long, SimGuild> guilds = new ConcurrentHashMap<>();

	private final Map<Long, SimChannel> channels = new ConcurrentHashMap<>();

	private final Map<Long, SimMessage> messages = new ConcurrentHashMap<>();

	private final ConcurrentLinkedDeque<Long> messageOrder = new ConcurrentLinkedDeque<>();

	private final AtomicInteger messageCount = new AtomicInteger();

	private final Map<Long, StoredFile> attachmentData = new ConcurrentHashMap<>();

	private final ChannelStore channelStore = new ChannelStore();

	private final PollStore polls = new PollStore();

	private final WebhookStore webhooks = new WebhookStore();

	private final ApplicationStore application = new ApplicationStore();

	private final SimApplicationCommands applicationCommands = new SimApplicationCommands();

	private final SimInteractions interactions = new SimInteractions();

	/**
	 * Create an empty world holding only the bot user.
	 * @param snowflakes id generator
	 * @param clock clock for timestamps
	 * @param botId the bot user's id
	 * @param botName the bot's username
	 */
	public World(Snowflakes snowflakes, InstantSource clock, long botId, String botName) {
		this.snowflakes = snowflakes;
		this.clock = clock;
		this.bot = new SimUser(botId, botName, null, true);
		this.users.put(botId, this.bot);
	}

	public SimUser bot() {
		return this.users.getOrDefault(this.bot.id(), this.bot);
	}

	/**
	 * Change a user atomically (the id stays).
	 * @param id the user
	 * @param change computes the new user from the stored one
	 * @return the changed user
	 * @throws UnknownEntityException when there is no such user
	 */
	public SimUser updateUser(long id, UnaryOperator<SimUser> change) {
		SimUser updated = this.users.computeIfPresent(id, (key, user) -> change.apply(user));
		return require(updated, "user", id);
	}

	/**
	 * Return the webhooks and the authors of the messages they sent.
	 * @return the webhook store
	 */
	public WebhookStore webhooks() {
		return this.webhooks;
	}

	/**
	 * Return the fields of the current application changed through {@code PATCH /applications/@me}.
	 * @return the application store
	 */
	public ApplicationStore application() {
		return this.application;
	}

	/**
	 * Return the application commands, global and per guild.
	 * @return the commands
	 */
	public SimApplicationCommands applicationCommands() {
		return this.applicationCommands;
	}

	/**
	 * Return the interactions sent and how the bot answered them.
	 * @return the interactions
	 */
	public SimInteractions interactions() {
		return this.interactions;
	}

	public Instant now() {
		return this.clock.instant();
	}

	/**
	 * Return a fresh snowflake.
	 * @return a new id
	 */
	public long nextId() {
		return this.snowflakes.next();
	}

	/**
	 * Create a user.
	 * @param username the username
	 * @param bot whether the user is a bot
	 * @return the new user
	 */
	public SimUser createUser(String username, boolean bot) {
		requireText(username, "username");
		SimUser user = new SimUser(nextId(), username, null, bot);
		this.users.put(user.id(), user);
		return user;
	}

	/**
	 * Create a guild owned by the given user, with the bot as a member.
	 * @param name the guild's name
	 * @param ownerId the owner, who becomes a member too
	 * @return the new guild
	 */
	public SimGuild createGuild(String name, long ownerId) {
		requireText(name, "name");
		user(ownerId);
		SimGuild guild = new SimGuild(nextId(), name, ownerId, now());
		this.guilds.put(guild.id(), guild);
		addMember(guild.id(), this.bot.id());
		if (ownerId != this.bot.id()) {
			addMember(guild.id(), ownerId);
		}
		return guild;
	}

	/**
	 * Create a channel in a guild.
	 * @param guildId the guild
	 * @param name the channel's name
	 * @param type the channel type
	 * @return the new channel
	 */
	public SimChannel createChannel(long guildId, String name, int type) {
		requireText(name, "name");
		SimGuild guild = guild(guildId);
		SimChannel channel = new SimChannel(nextId(), guildId, name, type, guild.channelIds().size(), 0, List.of());
		this.channels.put(channel.id(), channel);
		guild.channelIds().add(channel.id());
		return channel;
	}

	/**
	 * Return the DM channel between the bot and a user, creating it on first use.
	 * @param userId the other user
	 * @return the DM channel
	 */
	public synchronized SimChannel dmChannel(long userId) {
		user(userId);
		for (SimChannel channel : this.channels.values()) {
			if (channel.isDm() && channel.recipients().contains(userId)) {
				return channel;
			}
		}
		SimChannel channel = new SimChannel(nextId(), 0, null, SimChannel.DM, 0, 0, List.of(userId));
		this.channels.put(channel.id(), channel);
		return channel;
	}

	/**
	 * Make a user a member of a guild.
	 * @param guildId the guild
	 * @param userId the user
	 * @return the membership
	 */
	public SimMember addMember(long guildId, long userId) {
		user(userId);
		SimMember member = new SimMember(guildId, userId, null, List.of(), now());
		guild(guildId).members().put(userId, member);
		return member;
	}

	/**
	 * Remove a user from a guild.
	 * @param guildId the guild
	 * @param userId the user
	 * @return the removed membership, if the user was a member
	 */
	public Optional<SimMember> removeMember(long guildId, long userId) {
		return Optional.ofNullable(guild(guildId).members().remove(userId));
	}

	/**
	 * Store a message.
	 * @param message the message
	 */
	public void storeMessage(SimMessage message) {
		this.messages.put(message.id(), message);
		this.messageOrder.addLast(message.id());
		if (this.messageCount.incrementAndGet() > MAX_STORED_MESSAGES) {
			Long oldest = this.messageOrder.pollFirst();
			if (oldest != null) {
				deleteMessage(oldest);
				this.messageCount.decrementAndGet();
			}
		}
	}

	/**
	 * Change a stored message atomically.
	 * @param id the message
	 * @param change computes the new message from the stored one
	 * @return the changed message, or empty when there is no such message
	 */
	public Optional<SimMessage> updateMessage(long id, UnaryOperator<SimMessage> change) {
		return Optional.ofNullable(this.messages.computeIfPresent(id, (key, message) -> change.apply(message)));
	}

	/**
	 * Return the polls of the messages.
	 * @return the poll store
	 */
	public PollStore polls() {
		return this.polls;
	}

	/**
	 * Forget a message and the files attached to it.
	 * @param id the message
	 * @return the deleted message, if there was one
	 */
	public Optional<SimMessage> deleteMessage(long id) {
		SimMessage removed = this.messages.remove(id);
		this.polls.remove(id);
		if (removed != null) {
			removed.attachments().forEach((attachment) -> this.attachmentData.remove(attachment.id()));
		}
		return Optional.ofNullable(removed);
	}

	/**
	 * Return the stored messages of a channel, newest first.
	 * @param channelId the channel
	 * @return its messages still in memory, by descending id
	 */
	public List<SimMessage> channelMessages(long channelId) {
		List<SimMessage> list = new ArrayList<>();
		for (SimMessage message : this.messages.values()) {
			if (message.channelId() == channelId) {
				list.add(message);
			}
		}
		list.sort(Comparator.comparingLong(SimMessage::id).reversed());
		return list;
	}

	/**
	 * Keep an uploaded file, to serve at its URL while its message exists.
	 * @param attachmentId the attachment
	 * @param file the file
	 */
	public void storeFile(long attachmentId, StoredFile file) {
		this.attachmentData.put(attachmentId, file);
	}

	/**
	 * Return an uploaded file.
	 * @param attachmentId the attachment
	 * @return the file, while its message exists
	 */
	public Optional<StoredFile> file(long attachmentId) {
		return Optional.ofNullable(this.attachmentData.get(attachmentId));
	}

	public SimUser user(long id) {
		return require(this.users.get(id), "user", id);
	}

	public SimGuild guild(long id) {
		return require(this.guilds.get(id), "guild", id);
	}

	public SimChannel channel(long id) {
		return require(this.channels.get(id), "channel", id);
	}

	public Optional<SimUser> findUser(long id) {
		return Optional.ofNullable(this.users.get(id));
	}

	public Optional<SimGuild> findGuild(long id) {
		return Optional.ofNullable(this.guilds.get(id));
	}

	public Optional<SimChannel> findChannel(long id) {
		return Optional.ofNullable(this.channels.get(id));
	}

	public Optional<SimMessage> findMessage(long id) {
		return Optional.ofNullable(this.messages.get(id));
	}

	/**
	 * Return the guilds in creation order.
	 * @return every guild
	 */
	public List<SimGuild> guilds() {
		List<SimGuild> list = new ArrayList<>(this.guilds.values());
		list.sort(Comparator.comparingLong(SimGuild::id));
		return list;
	}

	public Collection<SimUser> users() {
		return this.users.values();
	}

	/**
	 * Return the stored messages in the order they were sent.
	 * @return the messages still in memory
	 */
	public List<SimMessage> messages() {
		List<SimMessage> list = new ArrayList<>();
		for (Long id : this.messageOrder) {
			SimMessage message = this.messages.get(id);
			if (message != null) {
				list.add(message);
			}
		}
		return list;
	}

	/**
	 * Return the channels of a guild in position order.
	 * @param guild the guild
	 * @return its channels
	 */
	public List<SimChannel> channelsOf(SimGuild guild) {
		List<SimChannel> list = new ArrayList<>();
		for (Long id : guild.channelIds()) {
			SimChannel channel = this.channels.get(id);
			if (channel != null) {
				list.add(channel);
			}
		}
		return list;
	}

	/**
	 * Return the thread memberships and invites.
	 * @return the channel store
	 */
	public ChannelStore channelStore() {
		return this.channelStore;
	}

	/**
	 * Store a new channel or thread; a guild channel that is no thread joins the guild's channel list.
	 * @param channel the channel
	 * @return the channel
	 */
	public SimChannel addChannel(SimChannel channel) {
		this.channels.put(channel.id(), channel);
		if (!channel.isDm() && !channel.isThread()) {
			guild(channel.guildId()).channelIds().add(channel.id());
		}
		return channel;
	}

	/**
	 * Change a stored channel atomically.
	 * @param id the channel
	 * @param change computes the new channel from the stored one (keeping its id)
	 * @return the changed channel
	 * @throws UnknownEntityException when there is no such channel
	 */
	public SimChannel updateChannel(long id, UnaryOperator<SimChannel> change) {
		return require(this.channels.computeIfPresent(id, (key, channel) -> change.apply(channel)), "channel", id);
	}

	/**
	 * Forget a channel (and a thread's members).
	 * @param id the channel
	 * @return the removed channel, if there was one
	 */
	public Optional<SimChannel> removeChannel(long id) {
		SimChannel removed = this.channels.remove(id);
		if (removed != null) {
			if (!removed.isDm()) {
				findGuild(removed.guildId()).ifPresent((guild) -> guild.channelIds().remove(id));
			}
			this.channelStore.forgetThread(id);
		}
		return Optional.ofNullable(removed);
	}

	/**
	 * Return the threads of a guild, newest first.
	 * @param guildId the guild
	 * @return its threads, archived or not
	 */
	public List<SimChannel> threadsOf(long guildId) {
		List<SimChannel> list = new ArrayList<>();
		for (SimChannel channel : this.channels.values()) {
			if (channel.guildId() == guildId && channel.isThread()) {
				list.add(channel);
			}
		}
		list.sort(Comparator.comparingLong(SimChannel::id).reversed());
		return list;
	}

	/**
	 * An uploaded file's bytes.
	 *
	 * @param contentType its media type
	 * @param data its bytes
	 */
	public record StoredFile(String contentType, byte[] data) {
	}

	private static <T> T require(T value, String kind, long id) {
		if (value == null) {
			throw new UnknownEntityException(kind, id);
		}
		return value;
	}

	private static void requireText(String value, String field) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("'" + field + "' must not be blank");
		}
	}

}
