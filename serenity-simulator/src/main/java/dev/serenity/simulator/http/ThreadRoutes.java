package dev.serenity.simulator.http;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import dev.serenity.simulator.ChannelControl;
import dev.serenity.simulator.world.SimAttachment;
import dev.serenity.simulator.world.SimChannel;
import dev.serenity.simulator.world.SimGuild;
import dev.serenity.simulator.world.SimMessage;
import dev.serenity.simulator.world.SimThread;
import dev.serenity.simulator.world.SimThreadMember;
import dev.serenity.simulator.world.World;
import dev.serenity.simulator.world.WorldJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The thread routes: start a thread from a message, without one, or as a forum/media post with its first message;
 * join, leave, add and remove members; read members; list archived and active threads. Changes go through
 * {@link ChannelControl}, which sends THREAD_CREATE, THREAD_MEMBER(S)_UPDATE and the like.
 */
final class ThreadRoutes {

	/** Most thread members one page lists. */
	static final int MAX_MEMBER_PAGE = 100;

	/** Most threads one archived page lists by default. */
	static final int DEFAULT_ARCHIVED_PAGE = 50;

	private final RestApi rest;

	private final World world;

	ThreadRoutes(RestApi rest) {
		this.rest = rest;
		this.world = rest.world();
	}

	void register(Router router) {
		router.route("POST", "/channels/{channel_id}/messages/{message_id}/threads", this::startFromMessage)
			.route("POST", "/channels/{channel_id}/threads", this::start)
			.route("PUT", "/channels/{channel_id}/thread-members/@me", (call) -> join(call, this.world.bot().id()))
			.route("DELETE", "/channels/{channel_id}/thread-members/@me", (call) -> leave(call, this.world.bot().id()))
			.route("PUT", "/channels/{channel_id}/thread-members/{user_id}", (call) -> join(call, call.id("user_id")))
			.route("DELETE", "/channels/{channel_id}/thread-members/{user_id}",
					(call) -> leave(call, call.id("user_id")))
			.route("GET", "/channels/{channel_id}/thread-members/{user_id}", this::member)
			.route("GET", "/channels/{channel_id}/thread-members", this::members)
			.route("GET", "/channels/{channel_id}/threads/archived/public",
					(call) -> archived(call, (thread) -> thread.type() != SimChannel.PRIVATE_THREAD, false))
			.route("GET", "/channels/{channel_id}/threads/archived/private",
					(call) -> archived(call, (thread) -> thread.type() == SimChannel.PRIVATE_THREAD, false))
			.route("GET", "/channels/{channel_id}/users/@me/threads/archived/private",
					(call) -> archived(call, (thread) -> thread.type() == SimChannel.PRIVATE_THREAD, true))
			.route("GET", "/guilds/{guild_id}/threads/active", this::active);
	}

	private ChannelControl channels() {
		return this.rest.control().channels();
	}

	private static boolean hasThreads(SimChannel channel) {
		return channel.type() == SimChannel.GUILD_TEXT || channel.type() == SimChannel.GUILD_ANNOUNCEMENT
				|| isForum(channel);
	}

	private static boolean isForum(SimChannel channel) {
		return channel.type() == SimChannel.GUILD_FORUM || channel.type() == SimChannel.GUILD_MEDIA;
	}

	private JsonNode startFromMessage(HttpCall call) {
		SimChannel channel = this.rest.channel(call);
		if (channel.type() != SimChannel.GUILD_TEXT && channel.type() != SimChannel.GUILD_ANNOUNCEMENT) {
			throw ChannelRoutes.wrongType();
		}
		SimMessage message = this.rest.message(call, channel);
		JsonNode body = ChannelPayloads.object(call);
		String name = ChannelPayloads.name(body, "name", true);
		int archiveAfter = ChannelPayloads.autoArchiveDuration(body, SimThread.DEFAULT_AUTO_ARCHIVE_DURATION);
		int slowmode = ChannelPayloads.integer(body, "rate_limit_per_user", 0, 0,
				ChannelPayloads.MAX_RATE_LIMIT_PER_USER);
		if (this.world.findChannel(message.id()).isPresent()) {
			throw new HttpError(400, 160004, "A thread has already been created for this message");
		}
		int type = (channel.type() == SimChannel.GUILD_ANNOUNCEMENT) ? SimChannel.ANNOUNCEMENT_THREAD
				: SimChannel.PUBLIC_THREAD;
		return this.rest.json().channel(channels().startThread(thread(message.id(), channel, name, type, archiveAfter,
				slowmode, true, message.id())));
	}

	private SimChannel thread(long id, SimChannel parent, String name, int type, int archiveAfter, int slowmode,
			boolean invitable, long starterMessageId) {
		Instant now = this.world.now();
		return new SimChannel(id, parent.guildId(), name, type, 0, parent.id(), List.of(), null, false, slowmode, 0, 0,
				List.of(), this.world.bot().id(),
				new SimThread(false, archiveAfter, now, false, invitable, now, starterMessageId));
	}

	private JsonNode start(HttpCall call) {
		SimChannel channel = this.rest.channel(call);
		if (!hasThreads(channel)) {
			throw ChannelRoutes.wrongType();
		}
		if (isForum(channel)) {
			return startPost(call, channel);
		}
		JsonNode body = ChannelPayloads.object(call);
		String name = ChannelPayloads.name(body, "name", true);
		int archiveAfter = ChannelPayloads.autoArchiveDuration(body, SimThread.DEFAULT_AUTO_ARCHIVE_DURATION);
		int slowmode = ChannelPayloads.integer(body, "rate_limit_per_user", 0, 0,
				ChannelPayloads.MAX_RATE_LIMIT_PER_USER);
		boolean announcement = channel.type() == SimChannel.GUILD_ANNOUNCEMENT;
		int type = ChannelPayloads.integer(body, "type", announcement ? SimChannel.ANNOUNCEMENT_THREAD
				: SimChannel.PRIVATE_THREAD, 0, 16);
		boolean allowed = announcement ? type == SimChannel.ANNOUNCEMENT_THREAD
				: (type == SimChannel.PUBLIC_THREAD || type == SimChannel.PRIVATE_THREAD);
		if (!allowed) {
			throw HttpError.invalidField("type", "BASE_TYPE_CHOICES", announcement ? "Value must be one of {10}."
					: "Value must be one of {11, 12}.");
		}
		boolean invitable = ChannelPayloads.bool(body, "invitable", true);
		return this.rest.json().channel(channels().startThread(thread(this.world.nextId(), channel, name, type,
				archiveAfter, slowmode, invitable, 0)));
	}

	private JsonNode startPost(HttpCall call, SimChannel forum) {
		Multipart multipart = call.jsonOrMultipart();
		JsonNode body = HttpError.requireObject(multipart.payload());
		String name = ChannelPayloads.name(body, "name", true);
		int archiveAfter = ChannelPayloads.autoArchiveDuration(body, SimThread.DEFAULT_AUTO_ARCHIVE_DURATION);
		int slowmode = ChannelPayloads.integer(body, "rate_limit_per_user", 0, 0,
				ChannelPayloads.MAX_RATE_LIMIT_PER_USER);
		JsonNode message = body.get("message");
		if (message == null || !message.isObject()) {
			throw HttpError.invalidField("message", "BASE_TYPE_REQUIRED", "This field is required");
		}
		String content = MessagePayloads.content(message);
		ArrayNode embeds = MessagePayloads.embeds(message.get("embeds"));
		ArrayNode components = MessagePayloads.components(message.get("components"));
		MessagePayloads.checkFiles(multipart.files());
		if (content.isEmpty() && embeds.isEmpty() && components.isEmpty() && multipart.files().isEmpty()
				&& message.path("sticker_ids").isEmpty()) {
			throw new HttpError(400, 50006, "Cannot send an empty message");
		}
		long id = this.world.nextId();
		SimChannel thread = channels().startThread(thread(id, forum, name, SimChannel.PUBLIC_THREAD, archiveAfter,
				slowmode, true, id));
		List<SimAttachment> attachments = MessagePayloads.upload(message.get("attachments"), multipart.files(), false,
				id, this.world, this.rest.baseUrl());
		SimMessage first = SimMessage.builder(id, id, forum.guildId(), this.world.bot().id(), this.world.now())
			.content(content)
			.embeds(embeds)
			.components(components)
			.attachments(attachments)
			.build();
		this.rest.control().publish(first);
		ObjectNode json = this.rest.json().channel(thread);
		json.set("message", this.rest.json().message(first, false));
		return json;
	}

	private SimChannel liveThread(HttpCall call) {
		SimChannel thread = this.rest.channel(call);
		if (!thread.isThread()) {
			throw ChannelRoutes.wrongType();
		}
		if (thread.thread().archived()) {
			throw new HttpError(400, 50083, "Thread is archived");
		}
		return thread;
	}

	private JsonNode join(HttpCall call, long userId) {
		SimChannel thread = liveThread(call);
		if (!this.world.guild(thread.guildId()).members().containsKey(userId)) {
			throw new HttpError(404, 10007, "Unknown Member");
		}
		channels().addThreadMember(thread.id(), userId);
		return null;
	}

	private JsonNode leave(HttpCall call, long userId) {
		SimChannel thread = liveThread(call);
		channels().removeThreadMember(thread.id(), userId);
		return null;
	}

	private JsonNode member(HttpCall call) {
		SimChannel thread = this.rest.channel(call);
		if (!thread.isThread()) {
			throw ChannelRoutes.wrongType();
		}
		SimThreadMember member = this.world.channelStore()
			.threadMember(thread.id(), call.id("user_id"))
			.orElseThrow(() -> new HttpError(404, 10007, "Unknown Member"));
		return this.rest.json().threadMember(member, "true".equals(call.queryParam("with_member")));
	}

	private JsonNode members(HttpCall call) {
		SimChannel thread = this.rest.channel(call);
		if (!thread.isThread()) {
			throw ChannelRoutes.wrongType();
		}
		boolean withMember = "true".equals(call.queryParam("with_member"));
		int limit = MessageRoutes.intParam(call, "limit", MAX_MEMBER_PAGE, 1, MAX_MEMBER_PAGE);
		Long after = MessageRoutes.snowflakeParam(call, "after");
		ArrayNode result = WorldJson.array();
		this.world.channelStore()
			.threadMembers(thread.id())
			.stream()
			.filter((member) -> after == null || Long.compareUnsigned(member.userId(), after) > 0)
			.limit(limit)
			.forEach((member) -> result.add(this.rest.json().threadMember(member, withMember)));
		return result;
	}

	private JsonNode archived(HttpCall call, Predicate<SimChannel> kind, boolean joinedOnly) {
		SimChannel channel = this.rest.channel(call);
		if (!hasThreads(channel)) {
			throw ChannelRoutes.wrongType();
		}
		int limit = MessageRoutes.intParam(call, "limit", DEFAULT_ARCHIVED_PAGE, 2, 100);
		long botId = this.world.bot().id();
		List<SimChannel> threads = new ArrayList<>(this.world.threadsOf(channel.guildId())
			.stream()
			.filter((thread) -> thread.parentId() == channel.id() && thread.thread().archived() && kind.test(thread))
			.filter((thread) -> !joinedOnly
					|| this.world.channelStore().threadMember(thread.id(), botId).isPresent())
			.toList());
		if (joinedOnly) {
			Long before = MessageRoutes.snowflakeParam(call, "before");
			threads.removeIf((thread) -> before != null && thread.id() >= before);
		}
		else {
			Instant before = instantParam(call, "before");
			threads.sort((a, b) -> b.thread().archiveTimestamp().compareTo(a.thread().archiveTimestamp()));
			threads.removeIf((thread) -> before != null && !thread.thread().archiveTimestamp().isBefore(before));
		}
		boolean hasMore = threads.size() > limit;
		ObjectNode result = threadList(threads.subList(0, Math.min(limit, threads.size())));
		result.put("has_more", hasMore);
		return result;
	}

	private static Instant instantParam(HttpCall call, String name) {
		String text = call.queryParam(name);
		if (text == null) {
			return null;
		}
		try {
			return java.time.OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw HttpError.invalidField(name, "DATE_TIME_TYPE_PARSE", "Could not parse " + text
					+ ". Should be ISO8601.");
		}
	}

	private JsonNode active(HttpCall call) {
		SimGuild guild = this.rest.guild(call);
		return threadList(this.world.threadsOf(guild.id())
			.stream()
			.filter((thread) -> !thread.thread().archived())
			.toList());
	}

	/** {@code {threads, members}} with the bot's memberships of the listed threads. */
	private ObjectNode threadList(List<SimChannel> threads) {
		ObjectNode result = WorldJson.object();
		ArrayNode threadArray = result.putArray("threads");
		ArrayNode members = result.putArray("members");
		long botId = this.world.bot().id();
		for (SimChannel thread : threads) {
			threadArray.add(this.rest.json().channel(thread));
			this.world.channelStore()
				.threadMember(thread.id(), botId)
				.ifPresent((member) -> members.add(this.rest.json().threadMember(member, false)));
		}
		return result;
	}

}
