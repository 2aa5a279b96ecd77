package dev.serenity.boot.listener;

import io.micrometer.observation.Observation;

/**
 * What a {@code discord.listener} {@link Observation} knows of one {@link DiscordListener} method call: the listener,
 * the event and, once the call has ended, its outcome.
 */
public class DiscordListenerObservationContext extends Observation.Context {

	private final String listenerId;

	private final String eventType;

	private final Object event;

	private Outcome outcome = Outcome.SUCCESS;

	/**
	 * Create a context.
	 * @param listenerId the listener's id
	 * @param eventType the event's type: a dispatch name, {@code UNKNOWN}, or the simple class name of an event the
	 * client creates (e.g. {@code ShardConnectedEvent})
	 * @param event the event
	 */
	public DiscordListenerObservationContext(String listenerId, String eventType, Object event) {
		this.listenerId = listenerId;
		this.eventType = eventType;
		this.event = event;
	}

	/**
	 * Return the listener's id.
	 * @return the id, e.g. {@code PingListener.onPing}
	 */
	public String getListenerId() {
		return this.listenerId;
	}

	/**
	 * Return the event's type.
	 * @return the dispatch name, {@code UNKNOWN} or a client event's simple class name
	 */
	public String getEventType() {
		return this.eventType;
	}

	/**
	 * Return the event.
	 * @return the event
	 */
	public Object getEvent() {
		return this.event;
	}

	/**
	 * Return how the call ended.
	 * @return the outcome; {@link Outcome#SUCCESS} until the call fails
	 */
	public Outcome getOutcome() {
		return this.outcome;
	}

	/**
	 * Set how the call ended.
	 * @param outcome the outcome
	 */
	public void setOutcome(Outcome outcome) {
		this.outcome = outcome;
	}

	/**
	 * How a listener call ended.
	 */
	public enum Outcome {

		/** The method returned (and its asynchronous result completed). */
		SUCCESS,

		/** The method, its condition or its asynchronous result failed. */
		ERROR

	}

}
