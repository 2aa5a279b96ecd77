package dev.serenity.simulator.world;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The interactions the simulator sent and what the bot answered: their state, every callback, the extra JSON of
 * interaction messages ({@code interaction_metadata}, {@code webhook_id}) and the ephemeral messages, which only the
 * invoking user sees and so are kept out of the channel.
 */
public final class SimInteractions {

	private final Map<Long, SimInteraction> interactions = new ConcurrentHashMap<>();

	private final List<Callback> callbacks = new CopyOnWriteArrayList<>();

	private final Map<Long, ObjectNode> messageExtras = new ConcurrentHashMap<>();

	private final Map<Long, SimMessage> ephemeral = new ConcurrentHashMap<>();

	/**
	 * Track an interaction.
	 * @param interaction the interaction
	 */
	public void track(SimInteraction interaction) {
		this.interactions.put(interaction.id(), interaction);
	}

	/**
	 * Find an interaction.
	 * @param id the interaction
	 * @return the interaction
	 */
	public Optional<SimInteraction> find(long id) {
		return Optional.ofNullable(this.interactions.get(id));
	}

	/**
	 * Find an interaction by its token.
	 * @param token the token
	 * @return the interaction
	 */
	public Optional<SimInteraction> findByToken(String token) {
		return this.interactions.values().stream().filter((found) -> found.token().equals(token)).findFirst();
	}

	/**
	 * Change an interaction atomically.
	 * @param id the interaction
	 * @param change computes the new state; may throw to refuse the change
	 * @return the new state
	 * @throws UnknownEntityException when there is no such interaction
	 */
	public SimInteraction update(long id, UnaryOperator<SimInteraction> change) {
		SimInteraction updated = this.interactions.computeIfPresent(id, (key, current) -> change.apply(current));
		if (updated == null) {
			throw new UnknownEntityException("interaction", id);
		}
		return updated;
	}

	/**
	 * Record a callback the bot sent.
	 * @param callback the callback
	 */
	public void record(Callback callback) {
		this.callbacks.add(callback);
	}

	/**
	 * Return every callback accepted so far, in order.
	 * @return the callbacks
	 */
	public List<Callback> callbacks() {
		return List.copyOf(this.callbacks);
	}

	/**
	 * Return the callbacks accepted for one interaction.
	 * @param interactionId the interaction
	 * @return its callbacks (at most one, as Discord accepts one)
	 */
	public List<Callback> callbacks(long interactionId) {
		return this.callbacks.stream().filter((callback) -> callback.interactionId() == interactionId).toList();
	}

	/**
	 * Set the extra JSON fields of an interaction message.
	 * @param messageId the message
	 * @param extras the fields, e.g. {@code interaction_metadata}
	 */
	public void extras(long messageId, ObjectNode extras) {
		this.messageExtras.put(messageId, extras.deepCopy());
	}

	/**
	 * Return the extra JSON fields of a message.
	 * @param messageId the message
	 * @return the fields, if it is an interaction message
	 */
	public Optional<ObjectNode> extras(long messageId) {
		ObjectNode extras = this.messageExtras.get(messageId);
		return Optional.ofNullable((extras != null) ? extras.deepCopy() : null);
	}

	/**
	 * Store or replace an ephemeral message.
	 * @param message the message
	 */
	public void storeEphemeral(SimMessage message) {
		this.ephemeral.put(message.id(), message);
	}

	/**
	 * Find an ephemeral message.
	 * @param id the message
	 * @return the message
	 */
	public Optional<SimMessage> ephemeral(long id) {
		return Optional.ofNullable(this.ephemeral.get(id));
	}

	/**
	 * Forget an ephemeral message.
	 * @param id the message
	 * @return whether there was one
	 */
	public boolean removeEphemeral(long id) {
		this.messageExtras.remove(id);
		return this.ephemeral.remove(id) != null;
	}

	/**
	 * A response the bot sent to an interaction and the simulator accepted.
	 *
	 * @param interactionId the interaction
	 * @param type the callback type
	 * @param data the callback's {@code data}, or {@code null}
	 * @param at when, on the simulator's clock
	 */
	public record Callback(long interactionId, int type, JsonNode data, Instant at) {
	}

}
