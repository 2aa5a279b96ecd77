package dev.serenity.client;

/**
 * Receives events of one type. Listener code never runs on a Netty event loop: blocking in a listener is safe and
 * cannot stall heartbeats. Events of one guild arrive in order; events of different guilds may arrive in parallel.
 *
 * @param <E> the event type
 */
@FunctionalInterface
public interface EventListener<E> {

	/**
	 * Handle an event.
	 * @param event the event
	 * @param context the shard it came on, the client and its user data
	 * @throws Exception anything; it goes to the client's {@link ListenerErrorHandler}
	 */
	void onEvent(E event, EventContext context) throws Exception;

}
