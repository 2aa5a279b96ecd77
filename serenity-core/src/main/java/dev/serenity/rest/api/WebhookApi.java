package dev.serenity.rest.api;

import java.util.List;
import java.util.Objects;

import dev.serenity.model.Message;
import dev.serenity.model.Snowflake;
import dev.serenity.model.Webhook;
import dev.serenity.rest.DiscordRest;
import dev.serenity.rest.RestFile;
import dev.serenity.rest.RestRequest;
import dev.serenity.rest.Route;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;

/**
 * The webhook endpoints of Discord's REST API, typed: create, list, read, modify and delete webhooks (with the bot
 * token or the webhook's own token), post through them and read, edit and delete their messages. Built on a
 * {@link DiscordRest} (for a client: {@code new WebhookApi(client.rest())}).
 *
 * <pre>{@code
 * WebhookApi webhooks = new WebhookApi(client.rest());
 * Webhook hook = webhooks.create(channelId, WebhookCreate.of("Relay"), null).block(Duration.ofSeconds(30));
 * webhooks.executeAndWait(hook.id(), hook.token(), WebhookExecute.of("Hello")).subscribe();
 * }</pre>
 *
 * <p>Webhook tokens are secrets: they travel in the path as the {@code {webhook.token}} variable of a
 * {@link Route}, which never prints its values, so they appear in no log, metric or exception.
 */
public final class WebhookApi {

	private static final TypeReference<List<Webhook>> WEBHOOKS = new TypeReference<>() {
	};

	private static final String WEBHOOK = "/webhooks/{webhook.id}";

	private static final String WITH_TOKEN = WEBHOOK + "/{webhook.token}";

	private static final String MESSAGE = WITH_TOKEN + "/messages/{message.id}";

	private final DiscordRest rest;

	/**
	 * Create the endpoints on a REST client.
	 * @param rest the client, e.g. {@code client.rest()}
	 */
	public WebhookApi(DiscordRest rest) {
		this.rest = Objects.requireNonNull(rest, "'rest' must not be null");
	}

	/**
	 * Create a webhook in a channel ({@code POST /channels/{channel.id}/webhooks}); WEBHOOKS_UPDATE follows.
	 * @param channelId the channel
	 * @param webhook the webhook
	 * @param auditLogReason the reason shown in the audit log, or {@code null}
	 * @return the webhook, with its token
	 */
	public Mono<Webhook> create(Snowflake channelId, WebhookCreate webhook, String auditLogReason) {
		Route route = Route.post("/channels/{channel.id}/webhooks", Checks.id("channelId", channelId).value());
		Checks.require("webhook", webhook);
		return this.rest.exchange(RestRequest.of(route, Webhook.class)
			.withBody(webhook.toJson())
			.withAuditLogReason(auditLogReason));
	}

	/**
	 * List a channel's webhooks ({@code GET /channels/{channel.id}/webhooks}).
	 * @param channelId the channel
	 * @return the webhooks
	 */
	public Mono<List<Webhook>> channelWebhooks(Snowflake channelId) {
		Route route = Route.get("/channels/{channel.id}/webhooks", Checks.id("channelId", channelId).value());
		return this.rest.exchange(RestRequest.of(route, WEBHOOKS)).defaultIfEmpty(List.of());
	}

	/**
	 * List a guild's webhooks ({@code GET /guilds/{guild.id}/webhooks}).
	 * @param guildId the guild
	 * @return the webhooks
	 */
	public Mono<List<Webhook>> guildWebhooks(Snowflake guildId) {
		Route route = Route.get("/guilds/{guild.id}/webhooks", Checks.id("guildId", guildId).value());
		return this.rest.exchange(RestRequest.of(route, WEBHOOKS)).defaultIfEmpty(List.of());
	}

	/**
	 * Read a webhook with the bot token ({@code GET /webhooks/{webhook.id}}).
	 * @param webhookId the webhook
	 * @return the webhook
	 */
	public Mono<Webhook> get(Snowflake webhookId) {
		return this.rest.exchange(RestRequest.of(Route.get(WEBHOOK, webhook(webhookId)), Webhook.class));
	}

	/**
	 * Read a webhook with its token ({@code GET /webhooks/{webhook.id}/{webhook.token}}; no {@code user}).
	 * @param webhookId the webhook
	 * @param token its token
	 * @return the webhook
	 */
	public Mono<Webhook> get(Snowflake webhookId, String token) {
		Route route = Route.get(WITH_TOKEN, webhook(webhookId), token(token));
		return this.rest.exchange(RestRequest.of(route, Webhook.class));
	}

	/**
	 * Change a webhook with the bot token ({@code PATCH /webhooks/{webhook.id}}); WEBHOOKS_UPDATE follows.
	 * @param webhookId the webhook
	 * @param edit the change
	 * @param auditLogReason the reason shown in the audit log, or {@code null}
	 * @return the webhook as changed
	 */
	public Mono<Webhook> modify(Snowflake webhookId, WebhookEdit edit, String auditLogReason) {
		Route route = Route.patch(WEBHOOK, webhook(webhookId));
		Checks.require("edit", edit);
		return this.rest.exchange(RestRequest.of(route, Webhook.class)
			.withBody(edit.toJson())
			.withAuditLogReason(auditLogReason));
	}

	/**
	 * Change a webhook with its token ({@code PATCH /webhooks/{webhook.id}/{webhook.token}}): it cannot move.
	 * @param webhookId the webhook
	 * @param token its token
	 * @param edit the change, without {@code channelId}
	 * @return the webhook as changed
	 */
	public Mono<Webhook> modify(Snowflake webhookId, String token, WebhookEdit edit) {
		Route route = Route.patch(WITH_TOKEN, webhook(webhookId), token(token));
		Checks.require("edit", edit);
		if (edit.channelId() != null) {
			throw new IllegalArgumentException("'edit.channelId' needs the bot token: a webhook token cannot move "
					+ "a webhook");
		}
		return this.rest.exchange(RestRequest.of(route, Webhook.class).withBody(edit.toJson()));
	}

	/**
	 * Delete a webhook with the bot token ({@code DELETE /webhooks/{webhook.id}}); WEBHOOKS_UPDATE follows.
	 * @param webhookId the webhook
	 * @param auditLogReason the reason shown in the audit log, or {@code null}
	 * @return completes when deleted
	 */
	public Mono<Void> delete(Snowflake webhookId, String auditLogReason) {
		Route route = Route.delete(WEBHOOK, webhook(webhookId));
		return this.rest.exchange(RestRequest.of(route).withAuditLogReason(auditLogReason));
	}

	/**
	 * Delete a webhook with its token ({@code DELETE /webhooks/{webhook.id}/{webhook.token}}).
	 * @param webhookId the webhook
	 * @param token its token
	 * @return completes when deleted
	 */
	public Mono<Void> deleteWithToken(Snowflake webhookId, String token) {
		return this.rest.exchange(RestRequest.of(Route.delete(WITH_TOKEN, webhook(webhookId), token(token))));
	}

	/**
	 * Post through a webhook without waiting for the message ({@code POST /webhooks/{webhook.id}/{webhook.token}}).
	 * @param webhookId the webhook
	 * @param token its token
	 * @param message the message
	 * @param threadId the thread of the webhook's channel to post in, or {@code null}
	 * @return completes when Discord accepted it
	 */
	public Mono<Void> execute(Snowflake webhookId, String token, WebhookExecute message, Snowflake threadId) {
		return send(execute(webhookId, token, message, threadId, Void.class), message.files());
	}

	/**
	 * Post through a webhook and return the message ({@code ?wait=true}).
	 * @param webhookId the webhook
	 * @param token its token
	 * @param message the message
	 * @param threadId the thread of the webhook's channel to post in, or {@code null}
	 * @return the message posted
	 */
	public Mono<Message> executeAndWait(Snowflake webhookId, String token, WebhookExecute message,
			Snowflake threadId) {
		RestRequest<Message> request = execute(webhookId, token, message, threadId, Message.class)
			.withQuery("wait", true);
		return send(request, message.files());
	}

	/**
	 * Post through a webhook in its channel and return the message.
	 * @param webhookId the webhook
	 * @param token its token
	 * @param message the message
	 * @return the message posted
	 */
	public Mono<Message> executeAndWait(Snowflake webhookId, String token, WebhookExecute message) {
		return executeAndWait(webhookId, token, message, null);
	}

	private <T> RestRequest<T> execute(Snowflake webhookId, String token, WebhookExecute message, Snowflake threadId,
			Class<T> type) {
		Route route = Route.post(WITH_TOKEN, webhook(webhookId), token(token));
		Checks.require("message", message);
		RestRequest<T> request = RestRequest.of(route, type).withBody(message.toJson());
		if (!message.components().isEmpty()) {
			// Webhooks not owned by an application drop components unless asked to keep them.
			request = request.withQuery("with_components", true);
		}
		return withThread(request, threadId);
	}

	/**
	 * Read a message the webhook posted ({@code GET /webhooks/{webhook.id}/{webhook.token}/messages/{message.id}}).
	 * @param webhookId the webhook
	 * @param token its token
	 * @param messageId the message
	 * @param threadId the thread it is in, or {@code null}
	 * @return the message
	 */
	public Mono<Message> getMessage(Snowflake webhookId, String token, Snowflake messageId, Snowflake threadId) {
		Route route = Route.get(MESSAGE, webhook(webhookId), token(token), message(messageId));
		return this.rest.exchange(withThread(RestRequest.of(route, Message.class), threadId));
	}

	/**
	 * Edit a message the webhook posted ({@code PATCH .../messages/{message.id}}); MESSAGE_UPDATE follows.
	 * @param webhookId the webhook
	 * @param token its token
	 * @param messageId the message
	 * @param edit the change
	 * @param threadId the thread it is in, or {@code null}
	 * @return the message as edited
	 */
	public Mono<Message> editMessage(Snowflake webhookId, String token, Snowflake messageId, MessageEdit edit,
			Snowflake threadId) {
		Route route = Route.patch(MESSAGE, webhook(webhookId), token(token), message(messageId));
		Checks.require("edit", edit);
		return send(withThread(RestRequest.of(route, Message.class).withBody(edit.toJson()), threadId), edit.files());
	}

	/**
	 * Delete a message the webhook posted ({@code DELETE .../messages/{message.id}}); MESSAGE_DELETE follows.
	 * @param webhookId the webhook
	 * @param token its token
	 * @param messageId the message
	 * @param threadId the thread it is in, or {@code null}
	 * @return completes when deleted
	 */
	public Mono<Void> deleteMessage(Snowflake webhookId, String token, Snowflake messageId, Snowflake threadId) {
		Route route = Route.delete(MESSAGE, webhook(webhookId), token(token), message(messageId));
		return this.rest.exchange(withThread(RestRequest.of(route), threadId));
	}

	private static <T> RestRequest<T> withThread(RestRequest<T> request, Snowflake threadId) {
		Snowflake thread = Checks.optionalId("threadId", threadId);
		return (thread != null) ? request.withQuery("thread_id", thread.value()) : request;
	}

	private <T> Mono<T> send(RestRequest<T> request, List<RestFile> files) {
		return this.rest.exchange(MessageBodies.withFiles(request, files));
	}

	private static long webhook(Snowflake webhookId) {
		return Checks.id("webhookId", webhookId).value();
	}

	private static long message(Snowflake messageId) {
		return Checks.id("messageId", messageId).value();
	}

	/** A token: not blank, and safe in a path segment (Discord's tokens are URL-safe base64). */
	private static String token(String token) {
		if (token == null || token.isBlank()) {
			throw new IllegalArgumentException("'token' must not be blank");
		}
		if (!token.matches("[A-Za-z0-9_.\\-]+")) {
			throw new IllegalArgumentException("'token' must hold only letters, digits, '_', '-' and '.'");
		}
		return token;
	}

	@Override
	public String toString() {
		return "WebhookApi[" + this.rest + "]";
	}

}
