package dev.serenity.rest.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.serenity.model.Component;
import dev.serenity.rest.RestFile;

/**
 * A response to an interaction: the body of {@code POST /interactions/{interaction.id}/{interaction.token}/callback}.
 * Create it with the factory method of its type; each checks its data, so bad input fails with an
 * {@link IllegalArgumentException} naming the field before anything is sent.
 *
 * <pre>{@code
 * interactions.respond(interaction, InteractionResponse.message(MessageCreate.of("Pong!"), true)).subscribe();
 * interactions.respond(interaction, InteractionResponse.deferMessage(false)).subscribe();
 * }</pre>
 *
 * @param type the callback type
 * @param message the message of {@code CHANNEL_MESSAGE_WITH_SOURCE}, else {@code null}
 * @param update the change of {@code UPDATE_MESSAGE}, else {@code null}
 * @param ephemeral whether the message (or the deferred one) is shown only to the invoking user
 * @param choices the suggestions of {@code APPLICATION_COMMAND_AUTOCOMPLETE_RESULT}; never {@code null}
 * @param customId the modal's id, for {@code MODAL}
 * @param title the modal's title, for {@code MODAL}
 * @param components the modal's components, for {@code MODAL}; never {@code null}
 */
public record InteractionResponse(InteractionCallbackType type, MessageCreate message, MessageEdit update,
		boolean ephemeral, List<CommandChoice> choices, String customId, String title, List<Component> components) {

	/** Message flag: only the invoking user sees the message. */
	public static final int EPHEMERAL = 1 << 6;

	/** Most autocomplete suggestions. */
	public static final int MAX_CHOICES = 25;

	/** Most characters of a modal's title. */
	public static final int MAX_TITLE_LENGTH = 45;

	/** Most characters of a modal's custom id. */
	public static final int MAX_CUSTOM_ID_LENGTH = 100;

	/** Most top-level components of a modal. */
	public static final int MAX_MODAL_COMPONENTS = 5;

	/**
	 * Create a response.
	 * @throws IllegalArgumentException naming the field when the data does not fit the type
	 */
	public InteractionResponse {
		if (type == null) {
			throw new IllegalArgumentException("'type' must not be null");
		}
		choices = Checks.list("choices", choices, MAX_CHOICES);
		components = Checks.list("components", components, MAX_MODAL_COMPONENTS);
		if ((message != null) != (type == InteractionCallbackType.CHANNEL_MESSAGE_WITH_SOURCE)) {
			throw new IllegalArgumentException("'message' is needed by CHANNEL_MESSAGE_WITH_SOURCE and only by it");
		}
		if ((update != null) != (type == InteractionCallbackType.UPDATE_MESSAGE)) {
			throw new IllegalArgumentException("'update' is needed by UPDATE_MESSAGE and only by it");
		}
		if (ephemeral && type != InteractionCallbackType.CHANNEL_MESSAGE_WITH_SOURCE
				&& type != InteractionCallbackType.DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE) {
			throw new IllegalArgumentException("'ephemeral' is only for CHANNEL_MESSAGE_WITH_SOURCE and "
					+ "DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE, not " + type);
		}
		if (!choices.isEmpty() && type != InteractionCallbackType.APPLICATION_COMMAND_AUTOCOMPLETE_RESULT) {
			throw new IllegalArgumentException("'choices' are only for APPLICATION_COMMAND_AUTOCOMPLETE_RESULT");
		}
		if (type == InteractionCallbackType.MODAL) {
			CommandChecks.length("customId", customId, 1, MAX_CUSTOM_ID_LENGTH);
			CommandChecks.length("title", title, 1, MAX_TITLE_LENGTH);
			if (components.isEmpty()) {
				throw new IllegalArgumentException("'components' of a MODAL must hold 1 to " + MAX_MODAL_COMPONENTS
						+ " components");
			}
		}
		else if (customId != null || title != null || !components.isEmpty()) {
			throw new IllegalArgumentException("'customId', 'title' and 'components' are only for MODAL, not " + type);
		}
	}

	/**
	 * Acknowledge a PING.
	 * @return the response
	 */
	public static InteractionResponse pong() {
		return of(InteractionCallbackType.PONG);
	}

	/**
	 * Answer with a message.
	 * @param message the message
	 * @param ephemeral whether only the invoking user sees it
	 * @return the response
	 */
	public static InteractionResponse message(MessageCreate message, boolean ephemeral) {
		if (message == null) {
			throw new IllegalArgumentException("'message' must not be null");
		}
		return new InteractionResponse(InteractionCallbackType.CHANNEL_MESSAGE_WITH_SOURCE, message, null, ephemeral,
				List.of(), null, null, List.of());
	}

	/**
	 * Answer with a text message everyone sees.
	 * @param content the text
	 * @return the response
	 */
	public static InteractionResponse message(String content) {
		return message(MessageCreate.of(content), false);
	}

	/**
	 * Acknowledge now and show "thinking"; edit the original response within 15 minutes.
	 * @param ephemeral whether the coming message is shown only to the invoking user
	 * @return the response
	 */
	public static InteractionResponse deferMessage(boolean ephemeral) {
		return new InteractionResponse(InteractionCallbackType.DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE, null, null,
				ephemeral, List.of(), null, null, List.of());
	}

	/**
	 * Acknowledge a component interaction now and edit its message later.
	 * @return the response
	 */
	public static InteractionResponse deferUpdate() {
		return of(InteractionCallbackType.DEFERRED_UPDATE_MESSAGE);
	}

	/**
	 * Edit the message of a component interaction.
	 * @param update the change
	 * @return the response
	 */
	public static InteractionResponse updateMessage(MessageEdit update) {
		if (update == null) {
			throw new IllegalArgumentException("'update' must not be null");
		}
		return new InteractionResponse(InteractionCallbackType.UPDATE_MESSAGE, null, update, false, List.of(), null,
				null, List.of());
	}

	/**
	 * Suggest values for an autocompleted option.
	 * @param choices at most 25 suggestions (none is allowed)
	 * @return the response
	 */
	public static InteractionResponse autocomplete(List<CommandChoice> choices) {
		if (choices == null) {
			throw new IllegalArgumentException("'choices' must not be null");
		}
		return new InteractionResponse(InteractionCallbackType.APPLICATION_COMMAND_AUTOCOMPLETE_RESULT, null, null,
				false, choices, null, null, List.of());
	}

	/**
	 * Open a modal.
	 * @param customId the modal's id, 1 to 100 characters
	 * @param title the title, 1 to 45 characters
	 * @param components 1 to 5 components (action rows of text inputs, or labels)
	 * @return the response
	 */
	public static InteractionResponse modal(String customId, String title, List<Component> components) {
		return new InteractionResponse(InteractionCallbackType.MODAL, null, null, false, List.of(), customId, title,
				components);
	}

	/**
	 * Tell the user a premium subscription is needed.
	 * @return the response
	 * @deprecated Discord replaced it with premium buttons
	 */
	@Deprecated
	public static InteractionResponse premiumRequired() {
		return of(InteractionCallbackType.PREMIUM_REQUIRED);
	}

	/**
	 * Launch the application's activity.
	 * @return the response
	 */
	public static InteractionResponse launchActivity() {
		return of(InteractionCallbackType.LAUNCH_ACTIVITY);
	}

	private static InteractionResponse of(InteractionCallbackType type) {
		return new InteractionResponse(type, null, null, false, List.of(), null, null, List.of());
	}

	/**
	 * Return the files to upload with the response.
	 * @return the files of the message or update; empty for other types
	 */
	public List<RestFile> files() {
		return (this.message != null) ? this.message.files() : (this.update != null) ? this.update.files() : List.of();
	}

	/**
	 * Return the response as Discord's JSON body (without files), e.g. to answer an HTTP interaction in the HTTP
	 * response itself.
	 * @return the body, as maps and lists of JSON values and model records
	 */
	public Map<String, Object> toJson() {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("type", this.type.value());
		Map<String, Object> data = null;
		if (this.message != null) {
			data = this.message.toJson();
		}
		else if (this.update != null) {
			data = this.update.toJson();
		}
		else if (this.type == InteractionCallbackType.APPLICATION_COMMAND_AUTOCOMPLETE_RESULT) {
			data = new LinkedHashMap<>();
			data.put("choices", this.choices.stream().map(CommandChoice::toJson).toList());
		}
		else if (this.type == InteractionCallbackType.MODAL) {
			data = new LinkedHashMap<>();
			data.put("custom_id", this.customId);
			data.put("title", this.title);
			data.put("components", this.components);
		}
		if (this.ephemeral) {
			data = (data != null) ? data : new LinkedHashMap<>();
			addEphemeral(data);
		}
		if (data != null) {
			json.put("data", data);
		}
		return json;
	}

	/** Add {@link #EPHEMERAL} to the {@code flags} of a message body (also of a follow-up's). */
	static void addEphemeral(Map<String, Object> body) {
		body.put("flags", ((body.get("flags") instanceof Integer flags) ? flags : 0) | EPHEMERAL);
	}

	@Override
	public String toString() {
		return "InteractionResponse[type=" + this.type + ", ephemeral=" + this.ephemeral + ", message=" + this.message
				+ ", choices=" + this.choices.size() + "]";
	}

}
