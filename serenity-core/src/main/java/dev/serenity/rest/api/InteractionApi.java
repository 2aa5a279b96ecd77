package dev.serenity.rest.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.serenity.model.Interaction;
import dev.serenity.model.InteractionCallbackResponse;
import dev.serenity.model.Message;
import dev.serenity.model.Snowflake;
import dev.serenity.rest.DiscordRest;
import dev.serenity.rest.RestFile;
import dev.serenity.rest.RestRequest;
import dev.serenity.rest.Route;
import reactor.core.publisher.Mono;

/**
 * The interaction endpoints of Discord's REST API, typed: respond to an interaction (within 3 seconds, once), then
 * read, edit or delete the original response and send, read, edit or delete follow-up messages (for 15 minutes,
 * the life of the interaction's token). Built on a {@link DiscordRest} and the application's id:
 *
 * <pre>{@code
 * InteractionApi interactions = new InteractionApi(client.rest(), applicationId);
 * interactions.respond(interaction, InteractionResponse.deferMessage(false))
 *     .then(interactions.editOriginal(interaction.token(), MessageEdit.content("Done")))
 *     .subscribe();
 * }</pre>
 *
 * <p>These routes carry the interaction's token in the path: it is a secret, and {@link Route} never prints it.
 * They are exempt from the global rate limit. Every argument is checked when the method is called, before anything
 * is sent; the returned publishers are lazy like {@link DiscordRest#exchange}. Discord's errors arrive as
 * {@link dev.serenity.rest.DiscordRestException}s: {@code UNKNOWN_INTERACTION} (10062) when answered too late or
 * with a wrong token, {@code INTERACTION_ALREADY_ACKNOWLEDGED} (40060) for a second response,
 * {@code INVALID_WEBHOOK_TOKEN} (50027) once the token expired.
 */
public final class InteractionApi {

	private static final String CALLBACK = "/interactions/{interaction.id}/{interaction.token}/callback";

	private static final String WEBHOOK = "/webhooks/{application.id}/{interaction.token}";

	private static final String ORIGINAL = WEBHOOK + "/messages/@original";

	private static final String FOLLOWUP = WEBHOOK + "/messages/{message.id}";

	private final DiscordRest rest;

	private final long applicationId;

	/**
	 * Create the endpoints on a REST client.
	 * @param rest the client, e.g. {@code client.rest()}
	 * @param applicationId the application (for a bot, its user id)
	 */
	public InteractionApi(DiscordRest rest, Snowflake applicationId) {
		this.rest = Objects.requireNonNull(rest, "'rest' must not be null");
		this.applicationId = Checks.id("applicationId", applicationId).value();
	}

	/**
	 * Respond to an interaction ({@code POST /interactions/{interaction.id}/{interaction.token}/callback}); as
	 * multipart when the message has files.
	 * @param interactionId the interaction
	 * @param token the interaction's token
	 * @param response the response
	 * @return completes when Discord accepted it
	 */
	public Mono<Void> respond(Snowflake interactionId, String token, InteractionResponse response) {
		Route route = Route.post(CALLBACK, Checks.id("interactionId", interactionId).value(), token(token));
		Checks.require("response", response);
		return send(RestRequest.of(route).withBody(response.toJson()), response.files());
	}

	/**
	 * Respond to a received interaction.
	 * @param interaction the interaction
	 * @param response the response
	 * @return completes when Discord accepted it
	 */
	public Mono<Void> respond(Interaction interaction, InteractionResponse response) {
		Checks.require("interaction", interaction);
		return respond(interaction.id(), interaction.token(), response);
	}

	/**
	 * Respond to an interaction and return what the response created ({@code ?with_response=true}).
	 * @param interactionId the interaction
	 * @param token the interaction's token
	 * @param response the response
	 * @return the interaction and the message or activity the response created
	 */
	public Mono<InteractionCallbackResponse> respondWithResponse(Snowflake interactionId, String token,
			InteractionResponse response) {
		Route route = Route.post(CALLBACK, Checks.id("interactionId", interactionId).value(), token(token));
		Checks.require("response", response);
		return send(RestRequest.of(route, InteractionCallbackResponse.class)
			.withBody(response.toJson())
			.withQuery("with_response", true), response.files());
	}

	/**
	 * Read the original response ({@code GET /webhooks/{application.id}/{interaction.token}/messages/@original}).
	 * @param token the interaction's token
	 * @return the message
	 */
	public Mono<Message> getOriginal(String token) {
		Route route = Route.get(ORIGINAL, this.applicationId, token(token));
		return this.rest.exchange(RestRequest.of(route, Message.class));
	}

	/**
	 * Edit the original response; after a deferred response this sends the message.
	 * @param token the interaction's token
	 * @param edit the change
	 * @return the message as edited
	 */
	public Mono<Message> editOriginal(String token, MessageEdit edit) {
		Route route = Route.patch(ORIGINAL, this.applicationId, token(token));
		Checks.require("edit", edit);
		return send(RestRequest.of(route, Message.class).withBody(edit.toJson()), edit.files());
	}

	/**
	 * Delete the original response.
	 * @param token the interaction's token
	 * @return completes when deleted
	 */
	public Mono<Void> deleteOriginal(String token) {
		Route route = Route.delete(ORIGINAL, this.applicationId, token(token));
		return this.rest.exchange(RestRequest.of(route));
	}

	/**
	 * Send a follow-up message ({@code POST /webhooks/{application.id}/{interaction.token}}); the interaction must
	 * have been answered.
	 * @param token the interaction's token
	 * @param message the message
	 * @param ephemeral whether only the invoking user sees it
	 * @return the message sent
	 */
	public Mono<Message> createFollowup(String token, MessageCreate message, boolean ephemeral) {
		Route route = Route.post(WEBHOOK, this.applicationId, token(token));
		Checks.require("message", message);
		Map<String, Object> body = message.toJson();
		if (ephemeral) {
			InteractionResponse.addEphemeral(body);
		}
		return send(RestRequest.of(route, Message.class).withBody(body), message.files());
	}

	/**
	 * Read a follow-up message.
	 * @param token the interaction's token
	 * @param messageId the message
	 * @return the message
	 */
	public Mono<Message> getFollowup(String token, Snowflake messageId) {
		Route route = Route.get(FOLLOWUP, this.applicationId, token(token), message(messageId));
		return this.rest.exchange(RestRequest.of(route, Message.class));
	}

	/**
	 * Edit a follow-up message.
	 * @param token the interaction's token
	 * @param messageId the message
	 * @param edit the change
	 * @return the message as edited
	 */
	public Mono<Message> editFollowup(String token, Snowflake messageId, MessageEdit edit) {
		Route route = Route.patch(FOLLOWUP, this.applicationId, token(token), message(messageId));
		Checks.require("edit", edit);
		return send(RestRequest.of(route, Message.class).withBody(edit.toJson()), edit.files());
	}

	/**
	 * Delete a follow-up message.
	 * @param token the interaction's token
	 * @param messageId the message
	 * @return completes when deleted
	 */
	public Mono<Void> deleteFollowup(String token, Snowflake messageId) {
		Route route = Route.delete(FOLLOWUP, this.applicationId, token(token), message(messageId));
		return this.rest.exchange(RestRequest.of(route));
	}

	private <T> Mono<T> send(RestRequest<T> request, List<RestFile> files) {
		return this.rest.exchange(MessageBodies.withFiles(request, files));
	}

	private static String token(String token) {
		if (token == null || token.isBlank()) {
			throw new IllegalArgumentException("'token' must not be blank");
		}
		return token;
	}

	private static long message(Snowflake messageId) {
		return Checks.id("messageId", messageId).value();
	}

	@Override
	public String toString() {
		return "InteractionApi[" + this.rest + "]";
	}

}
