package dev.serenity.rest.api;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import dev.serenity.model.Channel;
import dev.serenity.model.Snowflake;
import dev.serenity.model.ThreadList;
import dev.serenity.model.ThreadMember;
import dev.serenity.rest.DiscordRest;
import dev.serenity.rest.RestFile;
import dev.serenity.rest.RestRequest;
import dev.serenity.rest.Route;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;

/**
 * The thread endpoints of Discord's REST API, typed: start threads (from a message, without one, or as a forum or
 * media post), join, leave, add and remove members, read members, and list archived and active threads. Built on a
 * {@link DiscordRest} (for a client: {@code new ThreadApi(client.rest())}). Threads are channels: modify, archive,
 * lock and delete them with {@link ChannelApi}.
 *
 * <p>As in {@link MessageApi}, every argument is checked when the method is called (an
 * {@link IllegalArgumentException} naming the field), the publishers are lazy, and Discord's errors arrive as
 * {@link dev.serenity.rest.DiscordRestException}s.
 */
public final class ThreadApi {

	/** Most thread members one page lists. */
	public static final int MAX_MEMBERS_PAGE = 100;

	/** Fewest archived threads one page may ask for. */
	public static final int MIN_ARCHIVED_PAGE = 2;

	/** Most archived threads one page lists. */
	public static final int MAX_ARCHIVED_PAGE = 100;

	private static final TypeReference<List<ThreadMember>> MEMBERS = new TypeReference<>() {
	};

	private static final String THREADS_ROUTE = "/channels/{channel.id}/threads";

	private static final String MEMBERS_ROUTE = "/channels/{channel.id}/thread-members";

	private static final String MEMBER_ROUTE = MEMBERS_ROUTE + "/{user.id}";

	private final DiscordRest rest;

	/**
	 * Create the endpoints on a REST client.
	 * @param rest the client, e.g. {@code client.rest()}
	 */
	public ThreadApi(DiscordRest rest) {
		this.rest = Objects.requireNonNull(rest, "'rest' must not be null");
	}

	/**
	 * Start a thread from a message ({@code POST /channels/{channel.id}/messages/{message.id}/threads}); the thread
	 * has the message's id. Discord sends THREAD_CREATE; a message that has a thread already is
	 * {@link dev.serenity.rest.JsonErrorCode#THREAD_ALREADY_CREATED}.
	 * @param channelId the text or announcement channel
	 * @param messageId the message
	 * @param thread the name and settings ({@code type} and {@code invitable} do not apply)
	 * @return the thread
	 */
	public Mono<Channel> startFromMessage(Snowflake channelId, Snowflake messageId, ThreadCreate thread) {
		return startFromMessage(channelId, messageId, thread, null);
	}

	/**
	 * Start a thread from a message with an audit-log reason; see
	 * {@link #startFromMessage(Snowflake, Snowflake, ThreadCreate)}.
	 * @param channelId the text or announcement channel
	 * @param messageId the message
	 * @param thread the name and settings
	 * @param auditLogReason the reason shown in the audit log, or {@code null}
	 * @return the thread
	 */
	public Mono<Channel> startFromMessage(Snowflake channelId, Snowflake messageId, ThreadCreate thread,
			String auditLogReason) {
		Route route = Route.post("/channels/{channel.id}/messages/{message.id}/threads", ChannelApi.channel(channelId),
				Checks.id("messageId", messageId).value());
		ChannelChecks.require("thread", thread);
		return this.rest.exchange(RestRequest.of(route, Channel.class)
			.withBody(thread.toJson(true))
			.withAuditLogReason(auditLogReason));
	}

	/**
	 * Start a thread without a message ({@code POST /channels/{channel.id}/threads}); Discord sends THREAD_CREATE.
	 * @param channelId the text or announcement channel
	 * @param thread the name, type and settings
	 * @return the thread
	 */
	public Mono<Channel> start(Snowflake channelId, ThreadCreate thread) {
		return start(channelId, thread, null);
	}

	/**
	 * Start a thread without a message, with an audit-log reason; see {@link #start(Snowflake, ThreadCreate)}.
	 * @param channelId the text or announcement channel
	 * @param thread the name, type and settings
	 * @param auditLogReason the reason shown in the audit log, or {@code null}
	 * @return the thread
	 */
	public Mono<Channel> start(Snowflake channelId, ThreadCreate thread, String auditLogReason) {
		Route route = Route.post(THREADS_ROUTE, ChannelApi.channel(channelId));
		ChannelChecks.require("thread", thread);
		return this.rest.exchange(RestRequest.of(route, Channel.class)
			.withBody(thread.toJson(false))
			.withAuditLogReason(auditLogReason));
	}

	/**
	 * Start a post in a forum or media channel ({@code POST /channels/{channel.id}/threads}): the thread and its
	 * first message, whose id is the thread's; as multipart when the message has files. Discord sends THREAD_CREATE
	 * and MESSAGE_CREATE.
	 * @param channelId the forum or media channel
	 * @param post the post
	 * @return the thread
	 */
	public Mono<Channel> startPost(Snowflake channelId, ForumPost post) {
		return startPost(channelId, post, null);
	}

	/**
	 * Start a post in a forum or media channel with an audit-log reason; see {@link #startPost(Snowflake, ForumPost)}.
	 * @param channelId the forum or media channel
	 * @param post the post
	 * @param auditLogReason the reason shown in the audit log, or {@code null}
	 * @return the thread
	 */
	public Mono<Channel> startPost(Snowflake channelId, ForumPost post, String auditLogReason) {
		Route route = Route.post(THREADS_ROUTE, ChannelApi.channel(channelId));
		ChannelChecks.require("post", post);
		RestRequest<Channel> request = RestRequest.of(route, Channel.class)
			.withBody(post.toJson())
			.withAuditLogReason(auditLogReason);
		for (RestFile file : post.message().files()) {
			request = request.withFile(file);
		}
		return this.rest.exchange(request);
	}

	/**
	 * Join a thread as the bot ({@code PUT /channels/{channel.id}/thread-members/@me}); Discord sends
	 * THREAD_MEMBERS_UPDATE and THREAD_CREATE.
	 * @param threadId the thread (not archived)
	 * @return completes when joined
	 */
	public Mono<Void> join(Snowflake threadId) {
		return this.rest.exchange(RestRequest.of(Route.put(MEMBERS_ROUTE + "/@me", thread(threadId))));
	}

	/**
	 * Leave a thread ({@code DELETE /channels/{channel.id}/thread-members/@me}); Discord sends
	 * THREAD_MEMBERS_UPDATE.
	 * @param threadId the thread (not archived)
	 * @return completes when left
	 */
	public Mono<Void> leave(Snowflake threadId) {
		return this.rest.exchange(RestRequest.of(Route.delete(MEMBERS_ROUTE + "/@me", thread(threadId))));
	}

	/**
	 * Add a member to a thread ({@code PUT /channels/{channel.id}/thread-members/{user.id}}); Discord sends
	 * THREAD_MEMBERS_UPDATE.
	 * @param threadId the thread (not archived)
	 * @param userId a member of the guild
	 * @return completes when added
	 */
	public Mono<Void> addMember(Snowflake threadId, Snowflake userId) {
		return this.rest.exchange(RestRequest.of(Route.put(MEMBER_ROUTE, thread(threadId), user(userId))));
	}

	/**
	 * Remove a member from a thread ({@code DELETE /channels/{channel.id}/thread-members/{user.id}}); Discord sends
	 * THREAD_MEMBERS_UPDATE.
	 * @param threadId the thread (not archived)
	 * @param userId the member
	 * @return completes when removed
	 */
	public Mono<Void> removeMember(Snowflake threadId, Snowflake userId) {
		return this.rest.exchange(RestRequest.of(Route.delete(MEMBER_ROUTE, thread(threadId), user(userId))));
	}

	/**
	 * Read one thread member ({@code GET /channels/{channel.id}/thread-members/{user.id}}).
	 * @param threadId the thread
	 * @param userId the user
	 * @param withMember whether to include the guild member
	 * @return the thread member
	 */
	public Mono<ThreadMember> member(Snowflake threadId, Snowflake userId, boolean withMember) {
		Route route = Route.get(MEMBER_ROUTE, thread(threadId), user(userId));
		return this.rest.exchange(RestRequest.of(route, ThreadMember.class).withQuery("with_member", withMember));
	}

	/**
	 * List a thread's members by user id ({@code GET /channels/{channel.id}/thread-members}).
	 * @param threadId the thread
	 * @param withMember whether to include the guild members
	 * @param after list users after this id, or {@code null} from the start
	 * @param limit 1 to {@value #MAX_MEMBERS_PAGE}
	 * @return the members
	 */
	public Mono<List<ThreadMember>> members(Snowflake threadId, boolean withMember, Snowflake after, int limit) {
		Route route = Route.get(MEMBERS_ROUTE, thread(threadId));
		ChannelChecks.range("limit", limit, 1, MAX_MEMBERS_PAGE);
		RestRequest<List<ThreadMember>> request = RestRequest.of(route, MEMBERS)
			.withQuery("with_member", withMember)
			.withQuery("limit", limit);
		if (Checks.optionalId("after", after) != null) {
			request = request.withQuery("after", after.value());
		}
		return this.rest.exchange(request).defaultIfEmpty(List.of());
	}

	/**
	 * List a channel's archived public threads, most recently archived first
	 * ({@code GET /channels/{channel.id}/threads/archived/public}).
	 * @param channelId the channel
	 * @param before threads archived before this instant, or {@code null} for the newest
	 * @param limit {@value #MIN_ARCHIVED_PAGE} to {@value #MAX_ARCHIVED_PAGE}
	 * @return the threads, the bot's memberships and whether more remain
	 */
	public Mono<ThreadList> publicArchived(Snowflake channelId, Instant before, int limit) {
		return archived(Route.get(THREADS_ROUTE + "/archived/public", ChannelApi.channel(channelId)),
				(before != null) ? before.toString() : null, limit);
	}

	/**
	 * List a channel's archived private threads, most recently archived first
	 * ({@code GET /channels/{channel.id}/threads/archived/private}; needs Manage Threads).
	 * @param channelId the channel
	 * @param before threads archived before this instant, or {@code null} for the newest
	 * @param limit {@value #MIN_ARCHIVED_PAGE} to {@value #MAX_ARCHIVED_PAGE}
	 * @return the threads, the bot's memberships and whether more remain
	 */
	public Mono<ThreadList> privateArchived(Snowflake channelId, Instant before, int limit) {
		return archived(Route.get(THREADS_ROUTE + "/archived/private", ChannelApi.channel(channelId)),
				(before != null) ? before.toString() : null, limit);
	}

	/**
	 * List the archived private threads of a channel that the bot has joined, by descending id
	 * ({@code GET /channels/{channel.id}/users/@me/threads/archived/private}).
	 * @param channelId the channel
	 * @param before threads with an id below this one, or {@code null} for the newest
	 * @param limit {@value #MIN_ARCHIVED_PAGE} to {@value #MAX_ARCHIVED_PAGE}
	 * @return the threads, the bot's memberships and whether more remain
	 */
	public Mono<ThreadList> joinedPrivateArchived(Snowflake channelId, Snowflake before, int limit) {
		Route route = Route.get("/channels/{channel.id}/users/@me/threads/archived/private",
				ChannelApi.channel(channelId));
		Snowflake checked = Checks.optionalId("before", before);
		return archived(route, (checked != null) ? Long.toString(checked.value()) : null, limit);
	}

	private Mono<ThreadList> archived(Route route, String before, int limit) {
		ChannelChecks.range("limit", limit, MIN_ARCHIVED_PAGE, MAX_ARCHIVED_PAGE);
		RestRequest<ThreadList> request = RestRequest.of(route, ThreadList.class).withQuery("limit", limit);
		if (before != null) {
			request = request.withQuery("before", before);
		}
		return this.rest.exchange(request);
	}

	/**
	 * List a guild's active threads ({@code GET /guilds/{guild.id}/threads/active}).
	 * @param guildId the guild
	 * @return the threads and the bot's memberships
	 */
	public Mono<ThreadList> active(Snowflake guildId) {
		return this.rest.exchange(RestRequest.of(Route.get("/guilds/{guild.id}/threads/active",
				ChannelApi.guild(guildId)), ThreadList.class));
	}

	private static long thread(Snowflake threadId) {
		return Checks.id("threadId", threadId).value();
	}

	private static long user(Snowflake userId) {
		return Checks.id("userId", userId).value();
	}

	@Override
	public String toString() {
		return "ThreadApi[" + this.rest + "]";
	}

}
