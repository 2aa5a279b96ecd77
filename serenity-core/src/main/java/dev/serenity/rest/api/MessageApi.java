package dev.serenity.rest.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.serenity.model.Message;
import dev.serenity.model.PollAnswerVoters;
import dev.serenity.model.Snowflake;
import dev.serenity.rest.DiscordRest;
import dev.serenity.rest.RestFile;
import dev.serenity.rest.RestRequest;
import dev.serenity.rest.Route;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;

/**
 * The message endpoints of Discord's REST API, typed: send, edit, delete, read, pin and react. Built on a
 * {@link DiscordRest} (for a client: {@code new MessageApi(client.rest())}).
 *
 * <pre>{@code
 * MessageApi messages = new MessageApi(client.rest());
 * messages.say(channelId, "Hello").subscribe();
 * messages.reply(event.message(), "Pong!").block(Duration.ofSeconds(30));  // in a listener
 * }</pre>
 *
 * <p>Every argument is checked when the method is called, before anything is sent: bad input throws an
 * {@link IllegalArgumentException} naming the field at once (it is not deferred to subscription). The returned
 * publishers are lazy like {@link DiscordRest#exchange}: nothing is sent until they are subscribed, and each
 * subscription sends again. Discord's errors arrive as {@link dev.serenity.rest.DiscordRestException}s.
 */
public final class MessageApi {

	/** Fewest messages one bulk delete takes. */
	public static final int MIN_BULK_DELETE = 2;

	/** Most messages one bulk delete takes. */
	public static final int MAX_BULK_DELETE = 100;

	/** Default number of voters per page, as Discord's. */
	public static final int DEFAULT_VOTERS_LIMIT = 25;

	/** Most voters per page. */
	public static final int MAX_VOTERS_LIMIT = 100;

	/** Highest answer id of a poll. */
	public static final int MAX_ANSWER_ID = PollCreate.MAX_ANSWERS;

	private static final TypeReference<List<Message>> MESSAGES = new TypeReference<>() {
	};

	private static final String MESSAGES_ROUTE = "/channels/{channel.id}/messages";

	private static final String MESSAGE_ROUTE = "/channels/{channel.id}/messages/{message.id}";

	private static final String PIN_ROUTE = "/channels/{channel.id}/messages/pins/{message.id}";

	private static final String POLL_ROUTE = "/channels/{channel.id}/polls/{message.id}";

	private static final String REACTIONS_ROUTE = MESSAGE_ROUTE + "/reactions";

	private static final String EMOJI_ROUTE = REACTIONS_ROUTE + "/{emoji}";

	private final DiscordRest rest;

	/**
	 * Create the endpoints on a REST client.
	 * @param rest the client, e.g. {@code client.rest()}
	 */
	public MessageApi(DiscordRest rest) {
		this.rest = Objects.requireNonNull(rest, "'rest' must not be null");
	}

	/**
	 * Send a message ({@code POST /channels/{channel.id}/messages}); as multipart with the files when it has any.
	 * @param channelId the channel
	 * @param message the message
	 * @return the message sent
	 */
	public Mono<Message> create(Snowflake channelId, MessageCreate message) {
		Route route = Route.post(MESSAGES_ROUTE, channel(channelId));
		Checks.require("message", message);
		return send(RestRequest.of(route, Message.class).withBody(message.toJson()), message.files());
	}

	/**
	 * Send a text message with the defaults: serenity's {@code channel_id.say(http, text)}.
	 * @param channelId the channel
	 * @param content the text
	 * @return the message sent
	 */
	public Mono<Message> say(Snowflake channelId, String content) {
		return create(channelId, MessageCreate.of(content));
	}

	/**
	 * Reply to a message with text: serenity's {@code message.reply(http, text)}. The reply refers to the original
	 * with {@code fail_if_not_exists: false}, so it is sent as a plain message if the original was deleted.
	 * @param original the message replied to
	 * @param content the text
	 * @return the reply sent
	 */
	public Mono<Message> reply(Message original, String content) {
		return reply(original, MessageCreate.of(content));
	}

	/**
	 * Reply to a message (with {@code fail_if_not_exists: false}), replacing any reference the message has.
	 * @param original the message replied to
	 * @param message the reply
	 * @return the reply sent
	 */
	public Mono<Message> reply(Message original, MessageCreate message) {
		Checks.require("original", original);
		Checks.require("message", message);
		return create(original.channelId(),
				message.withMessageReference(MessageCreate.Reference.to(original, false)));
	}

	/**
	 * Edit a message ({@code PATCH /channels/{channel.id}/messages/{message.id}}).
	 * @param channelId the channel
	 * @param messageId the message
	 * @param edit the change
	 * @return the message as edited
	 */
	public Mono<Message> edit(Snowflake channelId, Snowflake messageId, MessageEdit edit) {
		Route route = Route.patch(MESSAGE_ROUTE, channel(channelId), message(messageId));
		Checks.require("edit", edit);
		return send(RestRequest.of(route, Message.class).withBody(edit.toJson()), edit.files());
	}

	/**
	 * Delete a message ({@code DELETE /channels/{channel.id}/messages/{message.id}}).
	 * @param channelId the channel
	 * @param messageId the message
	 * @param auditLogReason the reason shown in the audit log (for another user's message), or {@code null}
	 * @return completes when deleted
	 */
	public Mono<Void> delete(Snowflake channelId, Snowflake messageId, String auditLogReason) {
		Route route = Route.delete(MESSAGE_ROUTE, channel(channelId), message(messageId));
		return this.rest.exchange(RestRequest.of(route).withAuditLogReason(auditLogReason));
	}

	/**
	 * Delete a message without an audit-log reason.
	 * @param channelId the channel
	 * @param messageId the message
	 * @return completes when deleted
	 */
	public Mono<Void> delete(Snowflake channelId, Snowflake messageId) {
		return delete(channelId, messageId, null);
	}

	/**
	 * Delete {@value #MIN_BULK_DELETE} to {@value #MAX_BULK_DELETE} messages at once
	 * ({@code POST /channels/{channel.id}/messages/bulk-delete}). Discord refuses messages older than two weeks.
	 * @param channelId the channel
	 * @param messageIds the messages, distinct
	 * @param auditLogReason the reason shown in the audit log, or {@code null}
	 * @return completes when deleted
	 * @throws IllegalArgumentException naming {@code messageIds} for fewer than 2, more than 100, repeated or
	 * invalid ids
	 */
	public Mono<Void> bulkDelete(Snowflake channelId, List<Snowflake> messageIds, String auditLogReason) {
		Route route = Route.post(MESSAGES_ROUTE + "/bulk-delete", channel(channelId));
		Checks.require("messageIds", messageIds);
		List<Snowflake> ids = Checks.ids("messageIds", messageIds, MAX_BULK_DELETE);
		if (ids.size() < MIN_BULK_DELETE) {
			throw new IllegalArgumentException("'messageIds' must hold " + MIN_BULK_DELETE + " to " + MAX_BULK_DELETE
					+ " ids but has " + ids.size() + " (use delete for one message)");
		}
		return this.rest.exchange(RestRequest.of(route)
			.withBody(Map.of("messages", Checks.json(ids)))
			.withAuditLogReason(auditLogReason));
	}

	/**
	 * Delete several messages at once without an audit-log reason.
	 * @param channelId the channel
	 * @param messageIds 2 to 100 distinct messages
	 * @return completes when deleted
	 */
	public Mono<Void> bulkDelete(Snowflake channelId, List<Snowflake> messageIds) {
		return bulkDelete(channelId, messageIds, null);
	}

	/**
	 * Read one message ({@code GET /channels/{channel.id}/messages/{message.id}}).
	 * @param channelId the channel
	 * @param messageId the message
	 * @return the message
	 */
	public Mono<Message> get(Snowflake channelId, Snowflake messageId) {
		Route route = Route.get(MESSAGE_ROUTE, channel(channelId), message(messageId));
		return this.rest.exchange(RestRequest.of(route, Message.class));
	}

	/**
	 * Read a page of messages, newest first ({@code GET /channels/{channel.id}/messages}).
	 * @param channelId the channel
	 * @param query which messages
	 * @return the messages, newest first
	 */
	public Mono<List<Message>> list(Snowflake channelId, MessageQuery query) {
		Route route = Route.get(MESSAGES_ROUTE, channel(channelId));
		Checks.require("query", query);
		RestRequest<List<Message>> request = RestRequest.of(route, MESSAGES).withQuery("limit", query.limit());
		if (query.before() != null) {
			request = request.withQuery("before", query.before().value());
		}
		if (query.after() != null) {
			request = request.withQuery("after", query.after().value());
		}
		if (query.around() != null) {
			request = request.withQuery("around", query.around().value());
		}
		return this.rest.exchange(request).defaultIfEmpty(List.of());
	}

	/**
	 * Read a page of messages as a stream, newest first; see {@link #list(Snowflake, MessageQuery)}.
	 * @param channelId the channel
	 * @param query which messages
	 * @return the messages, newest first
	 */
	public Flux<Message> stream(Snowflake channelId, MessageQuery query) {
		return list(channelId, query).flatMapIterable((messages) -> messages);
	}

	/**
	 * Pin a message ({@code PUT /channels/{channel.id}/messages/pins/{message.id}}).
	 * @param channelId the channel
	 * @param messageId the message
	 * @param auditLogReason the reason shown in the audit log, or {@code null}
	 * @return completes when pinned
	 */
	public Mono<Void> pin(Snowflake channelId, Snowflake messageId, String auditLogReason) {
		Route route = Route.put(PIN_ROUTE, channel(channelId), message(messageId));
		return this.rest.exchange(RestRequest.of(route).withAuditLogReason(auditLogReason));
	}

	/**
	 * Unpin a message ({@code DELETE /channels/{channel.id}/messages/pins/{message.id}}).
	 * @param channelId the channel
	 * @param messageId the message
	 * @param auditLogReason the reason shown in the audit log, or {@code null}
	 * @return completes when unpinned
	 */
	public Mono<Void> unpin(Snowflake channelId, Snowflake messageId, String auditLogReason) {
		Route route = Route.delete(PIN_ROUTE, channel(channelId), message(messageId));
		return this.rest.exchange(RestRequest.of(route).withAuditLogReason(auditLogReason));
	}

	/**
	 * React to a message as the bot ({@code PUT .../reactions/{emoji}/@me}).
	 * @param channelId the channel
	 * @param messageId the message
	 * @param emoji the emoji
	 * @return completes when added
	 */
	public Mono<Void> react(Snowflake channelId, Snowflake messageId, ReactionEmoji emoji) {
		Route route = Route.put(EMOJI_ROUTE + "/@me", channel(channelId), message(messageId), emoji(emoji));
		return this.rest.exchange(RestRequest.of(route));
	}

	/**
	 * Remove the bot's reaction ({@code DELETE .../reactions/{emoji}/@me}).
	 * @param channelId the channel
	 * @param messageId the message
	 * @param emoji the emoji
	 * @return completes when removed
	 */
	public Mono<Void> unreact(Snowflake channelId, Snowflake messageId, ReactionEmoji emoji) {
		Route route = Route.delete(EMOJI_ROUTE + "/@me", channel(channelId), message(messageId), emoji(emoji));
		return this.rest.exchange(RestRequest.of(route));
	}

	/**
	 * Remove another user's reaction ({@code DELETE .../reactions/{emoji}/{user.id}}; needs Manage Messages).
	 * @param channelId the channel
	 * @param messageId the message
	 * @param emoji the emoji
	 * @param userId the user
	 * @return completes when removed
	 */
	public Mono<Void> unreact(Snowflake channelId, Snowflake messageId, ReactionEmoji emoji, Snowflake userId) {
		Route route = Route.delete(EMOJI_ROUTE + "/{user.id}", channel(channelId), message(messageId), emoji(emoji),
				Checks.id("userId", userId).value());
		return this.rest.exchange(RestRequest.of(route));
	}

	/**
	 * Remove every reaction ({@code DELETE .../reactions}).
	 * @param channelId the channel
	 * @param messageId the message
	 * @return completes when removed
	 */
	public Mono<Void> clearReactions(Snowflake channelId, Snowflake messageId) {
		Route route = Route.delete(REACTIONS_ROUTE, channel(channelId), message(messageId));
		return this.rest.exchange(RestRequest.of(route));
	}

	/**
	 * Remove every reaction with one emoji ({@code DELETE .../reactions/{emoji}}).
	 * @param channelId the channel
	 * @param messageId the message
	 * @param emoji the emoji
	 * @return completes when removed
	 */
	public Mono<Void> clearReactions(Snowflake channelId, Snowflake messageId, ReactionEmoji emoji) {
		Route route = Route.delete(EMOJI_ROUTE, channel(channelId), message(messageId), emoji(emoji));
		return this.rest.exchange(RestRequest.of(route));
	}

	/**
	 * Read a page of the users who voted for an answer of a poll
	 * ({@code GET /channels/{channel.id}/polls/{message.id}/answers/{answer_id}}).
	 * @param channelId the channel
	 * @param messageId the message with the poll
	 * @param answerId the answer, 1 to {@value #MAX_ANSWER_ID}
	 * @param after return only voters with a higher id, or {@code null} from the start
	 * @param limit how many, 1 to {@value #MAX_VOTERS_LIMIT}
	 * @return the voters
	 * @throws IllegalArgumentException naming the field for invalid ids, answer or limit
	 */
	public Mono<PollAnswerVoters> answerVoters(Snowflake channelId, Snowflake messageId, int answerId,
			Snowflake after, int limit) {
		if (answerId < 1 || answerId > MAX_ANSWER_ID) {
			throw new IllegalArgumentException("'answerId' must be 1 to " + MAX_ANSWER_ID + " but was " + answerId);
		}
		if (limit < 1 || limit > MAX_VOTERS_LIMIT) {
			throw new IllegalArgumentException("'limit' must be 1 to " + MAX_VOTERS_LIMIT + " but was " + limit);
		}
		Route route = Route.get(POLL_ROUTE + "/answers/{answer_id}", channel(channelId), message(messageId),
				answerId);
		RestRequest<PollAnswerVoters> request = RestRequest.of(route, PollAnswerVoters.class)
			.withQuery("limit", limit);
		if (after != null) {
			request = request.withQuery("after", Checks.id("after", after).value());
		}
		return this.rest.exchange(request);
	}

	/**
	 * Read the first page of voters of an answer ({@value #DEFAULT_VOTERS_LIMIT} users).
	 * @param channelId the channel
	 * @param messageId the message with the poll
	 * @param answerId the answer
	 * @return the voters
	 */
	public Mono<PollAnswerVoters> answerVoters(Snowflake channelId, Snowflake messageId, int answerId) {
		return answerVoters(channelId, messageId, answerId, null, DEFAULT_VOTERS_LIMIT);
	}

	/**
	 * End a poll of the bot's now ({@code POST /channels/{channel.id}/polls/{message.id}/expire}); Discord sends
	 * MESSAGE_UPDATE with the final results.
	 * @param channelId the channel
	 * @param messageId the message with the poll
	 * @return the message with the finalized poll
	 */
	public Mono<Message> endPoll(Snowflake channelId, Snowflake messageId) {
		Route route = Route.post(POLL_ROUTE + "/expire", channel(channelId), message(messageId));
		return this.rest.exchange(RestRequest.of(route, Message.class));
	}

	private <T> Mono<T> send(RestRequest<T> request, List<RestFile> files) {
		return this.rest.exchange(MessageBodies.withFiles(request, files));
	}

	private static long channel(Snowflake channelId) {
		return Checks.id("channelId", channelId).value();
	}

	private static long message(Snowflake messageId) {
		return Checks.id("messageId", messageId).value();
	}

	private static String emoji(ReactionEmoji emoji) {
		return Checks.require("emoji", emoji).pathValue();
	}

	@Override
	public String toString() {
		return "MessageApi[" + this.rest + "]";
	}

}
