package dev.serenity.rest;

/**
 * Receives one {@link RestObservation} per REST call when it ends (success, error or cancellation), for metrics: the
 * Spring Boot starter turns them into Micrometer timers tagged by route template. Register observers with
 * {@link RestConfig.Builder#observer(RestObserver)}.
 *
 * <p>Called on whatever thread finished the call, often a Netty event loop: do not block. What an observer throws is
 * logged and otherwise ignored.
 */
@FunctionalInterface
public interface RestObserver {

	/**
	 * Observe a finished call.
	 * @param observation what happened
	 */
	void onRequest(RestObservation observation);

}
