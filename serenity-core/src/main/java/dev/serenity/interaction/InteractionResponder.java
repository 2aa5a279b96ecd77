package dev.serenity.interaction;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.serenity.json.DiscordJson;
import dev.serenity.model.Component;
import dev.serenity.model.Interaction;
import dev.serenity.model.InteractionType;
import dev.serenity.model.Message;
import dev.serenity.rest.api.CommandChoice;
import dev.serenity.rest.api.InteractionApi;
import dev.serenity.rest.api.InteractionCallbackType;
import dev.serenity.rest.api.InteractionResponse;
import dev.serenity.rest.api.MessageCreate;
import dev.serenity.rest.api.MessageEdit;
import dev.serenity.rest.api.component.MessageComponent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * One received interaction and the ways to answer it: {@link #reply(String) reply}, {@link #replyEphemeral(String)
 * ephemeral reply}, {@link #defer(boolean) defer}, {@link #deferUpdate() deferred update},
 * {@link #updateMessage(MessageEdit) update of a component's message}, {@link #showModal(String, String, List)
 * modal}, {@link #suggest(List) autocomplete suggestions}, then {@link #followUp(MessageCreate, boolean) follow-ups}
 * and {@link #editOriginal(MessageEdit) edits of the original response}.
 *
 * <p>Each method sends at once (no need to subscribe) and returns a publisher of the outcome to wait for, if
 * wanted; a failure nobody waits for is logged. Exactly one initial response is allowed: a second one throws
 * {@link InteractionAcknowledgedException} before anything is sent. If the responder was opened with auto-defer, an
 * interaction still unanswered after the configured delay is deferred ("thinking" for commands and modal submits,
 * a deferred update for components); a later {@code reply} then edits that deferred message, and a later
 * {@code updateMessage} edits the component's message. The initial response is refused after 3 seconds and the
 * token after 15 minutes ({@link InteractionExpiredException}), both on the injected clock. Thread-safe.
 */
public final class InteractionResponder {

	private static final Logger logger = LoggerFactory.getLogger(InteractionResponder.class);

	private final Interaction interaction;

	private final InteractionApi api;

	private final InteractionResponders settings;

	private final InitialResponseSender sender;

	private final Instant receivedAt;

	private InteractionCallbackType acknowledgedWith;

	private boolean autoDeferred;

	private Disposable autoDeferTask;

	InteractionResponder(Interaction interaction, InteractionApi api, InteractionResponders settings,
			InitialResponseSender sender, Instant receivedAt) {
		this.interaction = interaction;
		this.api = api;
		this.settings = settings;
		this.sender = sender;
		this.receivedAt = receivedAt;
	}

	/**
	 * Return the interaction.
	 * @return the interaction as received
	 */
	public Interaction interaction() {
		return this.interaction;
	}

	/**
	 * Return when the interaction was received, on the responders' clock.
	 * @return the time the limits count from
	 */
	public Instant receivedAt() {
		return this.receivedAt;
	}

	/**
	 * Return whether the interaction has its initial response (or its automatic defer).
	 * @return whether it is acknowledged
	 */
	public synchronized boolean acknowledged() {
		return this.acknowledgedWith != null;
	}

	/**
	 * Return whether the initial response was the automatic defer.
	 * @return whether the interaction was deferred automatically
	 */
	public synchronized boolean autoDeferred() {
		return this.autoDeferred;
	}

	/**
	 * Return the type of the initial response.
	 * @return the type, or {@code null} while unanswered
	 */
	public synchronized InteractionCallbackType acknowledgedWith() {
		return this.acknowledgedWith;
	}

	/**
	 * Answer with a message everyone sees.
	 * @param content the text
	 * @return completes when sent
	 */
	public Mono<Void> reply(String content) {
		return reply(MessageCreate.of(content), false);
	}

	/**
	 * Answer with a message only the invoking user sees.
	 * @param content the text
	 * @return completes when sent
	 */
	public Mono<Void> replyEphemeral(String content) {
		return reply(MessageCreate.of(content), true);
	}

	/**
	 * Answer with a message. After an automatic defer this edits the deferred message (of a command or modal
	 * submit) or sends a follow-up (of a component), keeping the visibility chosen when deferring.
	 * @param message the message
	 * @param ephemeral whether only the invoking user sees it
	 * @return completes when sent
	 */
	public Mono<Void> reply(MessageCreate message, boolean ephemeral) {
		InteractionResponse response = InteractionResponse.message(message, ephemeral);
		synchronized (this) {
			if (this.autoDeferred) {
				this.autoDeferred = false;
				this.acknowledgedWith = response.type();
				if (this.interaction.type() == InteractionType.MESSAGE_COMPONENT) {
					return followUp(message, ephemeral).then();
				}
				return editOriginal(toEdit(message)).then();
			}
			return initial(response, "reply");
		}
	}

	/**
	 * Acknowledge now and show "thinking"; answer later with {@link #editOriginal(MessageEdit)} or
	 * {@link #reply(String)}. Does nothing after an automatic defer.
	 * @param ephemeral whether the coming answer is shown only to the invoking user
	 * @return completes when sent
	 */
	public Mono<Void> defer(boolean ephemeral) {
		synchronized (this) {
			if (this.autoDeferred && this.acknowledgedWith == InteractionCallbackType.DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE) {
				return Mono.empty();
			}
			return initial(InteractionResponse.deferMessage(ephemeral), "defer");
		}
	}

	/**
	 * Acknowledge a component interaction now and edit its message later. Does nothing after an automatic defer.
	 * @return completes when sent
	 */
	public Mono<Void> deferUpdate() {
		synchronized (this) {
			if (this.autoDeferred && this.acknowledgedWith == InteractionCallbackType.DEFERRED_UPDATE_MESSAGE) {
				return Mono.empty();
			}
			return initial(InteractionResponse.deferUpdate(), "deferUpdate");
		}
	}

	/**
	 * Edit the message of a component interaction. After an automatic defer this edits the message through the
	 * original-response endpoint.
	 * @param update the change
	 * @return completes when sent
	 */
	public Mono<Void> updateMessage(MessageEdit update) {
		InteractionResponse response = InteractionResponse.updateMessage(update);
		synchronized (this) {
			if (this.autoDeferred && this.acknowledgedWith == InteractionCallbackType.DEFERRED_UPDATE_MESSAGE) {
				this.autoDeferred = false;
				this.acknowledgedWith = response.type();
				return editOriginal(update).then();
			}
			return initial(response, "updateMessage");
		}
	}

	/**
	 * Open a modal (not possible after any other initial response, the automatic defer included).
	 * @param customId the modal's id, 1 to 100 characters
	 * @param title the title, 1 to 45 characters
	 * @param components 1 to 5 components (action rows of text inputs, or labels)
	 * @return completes when sent
	 */
	public Mono<Void> showModal(String customId, String title, List<Component> components) {
		InteractionResponse response = InteractionResponse.modal(customId, title, components);
		synchronized (this) {
			return initial(response, "showModal");
		}
	}

	/**
	 * Open a modal built from typed components, e.g. labels holding text inputs.
	 * @param customId the modal's id, 1 to 100 characters
	 * @param title the title, 1 to 45 characters
	 * @param components 1 to 5 components
	 * @return completes when sent
	 */
	public Mono<Void> showModal(String customId, String title, MessageComponent.TopLevel... components) {
		List<Component> converted = new ArrayList<>();
		for (MessageComponent.TopLevel component : components) {
			converted.add(DiscordJson.mapper().convertValue(component.toJson(), Component.class));
		}
		return showModal(customId, title, converted);
	}

	/**
	 * Suggest values for the focused option of an autocomplete interaction.
	 * @param choices at most 25 suggestions
	 * @return completes when sent
	 */
	public Mono<Void> suggest(List<CommandChoice> choices) {
		InteractionResponse response = InteractionResponse.autocomplete(choices);
		synchronized (this) {
			return initial(response, "suggest");
		}
	}

	/**
	 * Send any initial response.
	 * @param response the response
	 * @return completes when sent
	 */
	public Mono<Void> respond(InteractionResponse response) {
		synchronized (this) {
			return initial(response, "respond");
		}
	}

	/**
	 * Send a follow-up message everyone sees.
	 * @param content the text
	 * @return the message sent
	 */
	public Mono<Message> followUp(String content) {
		return followUp(MessageCreate.of(content), false);
	}

	/**
	 * Send a follow-up message; the interaction must have its initial response and the token must be less than 15
	 * minutes old.
	 * @param message the message
	 * @param ephemeral whether only the invoking user sees it
	 * @return the message sent
	 */
	public Mono<Message> followUp(MessageCreate message, boolean ephemeral) {
		checkToken("followUp");
		return eager(this.api.createFollowup(this.interaction.token(), message, ephemeral), "followUp");
	}

	/**
	 * Replace the text of the original response.
	 * @param content the text
	 * @return the message as edited
	 */
	public Mono<Message> editOriginal(String content) {
		return editOriginal(MessageEdit.content(content));
	}

	/**
	 * Edit the original response (after a defer: send it); the token must be less than 15 minutes old.
	 * @param edit the change
	 * @return the message as edited
	 */
	public Mono<Message> editOriginal(MessageEdit edit) {
		checkToken("editOriginal");
		return eager(this.api.editOriginal(this.interaction.token(), edit), "editOriginal");
	}

	/**
	 * Delete the original response.
	 * @return completes when deleted
	 */
	public Mono<Void> deleteOriginal() {
		checkToken("deleteOriginal");
		return eager(this.api.deleteOriginal(this.interaction.token()), "deleteOriginal");
	}

	void scheduleAutoDefer(Scheduler scheduler, Duration after) {
		if (this.interaction.type() == InteractionType.APPLICATION_COMMAND_AUTOCOMPLETE || this.interaction.type() == InteractionType.PING) {
			return;
		}
		long delay = Math.max(0, Duration.between(this.settings.now(), this.receivedAt.plus(after)).toMillis());
		Disposable task = scheduler.schedule(this::autoDefer, delay, TimeUnit.MILLISECONDS);
		synchronized (this) {
			if (this.acknowledgedWith == null) {
				this.autoDeferTask = task;
				return;
			}
		}
		task.dispose();
	}

	private void autoDefer() {
		synchronized (this) {
			if (this.acknowledgedWith != null) {
				return;
			}
			InteractionResponse response = (this.interaction.type() == InteractionType.MESSAGE_COMPONENT)
					? InteractionResponse.deferUpdate() : InteractionResponse.deferMessage(this.settings.deferEphemeral());
			logger.debug("Deferring {} automatically: no answer after {}", describe(),
					this.settings.autoDeferAfter());
			initial(response, "automatic defer");
			this.autoDeferred = true;
		}
	}

	/** Send the initial response; the caller holds the lock. */
	private Mono<Void> initial(InteractionResponse response, String what) {
		if (this.acknowledgedWith != null) {
			throw new InteractionAcknowledgedException(describe() + " was already acknowledged with "
					+ this.acknowledgedWith + (this.autoDeferred ? " (the automatic defer)" : "") + ", so " + what
					+ "() cannot answer it again: Discord takes one initial response; use followUp(..) or "
					+ "editOriginal(..) after it");
		}
		Instant deadline = this.receivedAt.plus(InteractionResponders.RESPONSE_DEADLINE);
		if (this.settings.now().isAfter(deadline)) {
			throw new InteractionExpiredException(describe() + " was received at " + this.receivedAt + " and not "
					+ "answered within " + InteractionResponders.RESPONSE_DEADLINE.toSeconds() + " seconds, so " + what
					+ "() is too late (Discord would answer 10062 Unknown interaction); defer first, or enable "
					+ "auto-defer");
		}
		this.acknowledgedWith = response.type();
		if (this.autoDeferTask != null) {
			this.autoDeferTask.dispose();
			this.autoDeferTask = null;
		}
		return eager(this.sender.send(this.interaction, response), what);
	}

	private void checkToken(String what) {
		synchronized (this) {
			if (this.acknowledgedWith == null) {
				throw new IllegalStateException(describe() + " has no initial response yet, so " + what
						+ "() cannot be used: reply, defer or update first");
			}
		}
		Instant expiry = this.receivedAt.plus(InteractionResponders.TOKEN_LIFETIME);
		if (this.settings.now().isAfter(expiry)) {
			throw new InteractionExpiredException("The token of " + describe() + " expired at " + expiry + " ("
					+ InteractionResponders.TOKEN_LIFETIME.toMinutes() + " minutes after it was received), so " + what
					+ "() cannot be used (Discord would answer 50027 Invalid Webhook Token)");
		}
	}

	private <T> Mono<T> eager(Mono<T> action, String what) {
		Mono<T> result = action.cache();
		result.subscribe(null, (error) -> logger.warn("{} of {} failed: {}", what, describe(), error.toString()));
		return result;
	}

	private static MessageEdit toEdit(MessageCreate message) {
		MessageEdit.Builder edit = MessageEdit.builder().content(message.content());
		if (!message.embeds().isEmpty()) {
			edit.embeds(message.embeds());
		}
		if (message.allowedMentions() != null) {
			edit.allowedMentions(message.allowedMentions());
		}
		if (!message.components().isEmpty()) {
			edit.components(message.components());
		}
		message.files().forEach(edit::file);
		return edit.build();
	}

	/**
	 * Describe the interaction for messages: its id and command or custom id, never its token.
	 * @return e.g. {@code interaction 123 (/roll)}
	 */
	String describe() {
		String what = "";
		if (this.interaction.data() != null) {
			if (this.interaction.data().name() != null) {
				what = " (/" + this.interaction.data().name() + ")";
			}
			else if (this.interaction.data().customId() != null) {
				what = " (custom_id " + this.interaction.data().customId() + ")";
			}
		}
		return "Interaction " + this.interaction.id() + what;
	}

	@Override
	public String toString() {
		return "InteractionResponder[" + describe() + ", acknowledgedWith=" + acknowledgedWith() + "]";
	}

}
