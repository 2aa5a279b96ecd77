package dev.serenity.boot.listener;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.serenity.client.DiscordClient;
import dev.serenity.client.RawEvent;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.BeanFactory;

/**
 * The {@link DiscordListener} methods of the application context; installs them on a client in their order.
 */
public class DiscordListenerEndpointRegistry {

	/** How long a listener's {@code CompletionStage} or {@code Mono} may take by default: 30 seconds. */
	public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

	private final List<DiscordListenerEndpoint> endpoints = new ArrayList<>();

	private final BeanFactory beanFactory;

	private final DiscordListenerErrorHandler errorHandler;

	private ObservationRegistry observationRegistry = ObservationRegistry.NOOP;

	private DiscordListenerObservationConvention observationConvention;

	private Duration timeout = DEFAULT_TIMEOUT;

	private volatile boolean installed;

	/**
	 * Create a registry.
	 * @param beanFactory resolves {@code @bean} references in conditions; may be {@code null}
	 * @param errorHandler receives what listener methods throw
	 */
	public DiscordListenerEndpointRegistry(BeanFactory beanFactory, DiscordListenerErrorHandler errorHandler) {
		this.beanFactory = beanFactory;
		this.errorHandler = errorHandler;
	}

	/**
	 * Set where listener calls are observed ({@code discord.listener} observations, timers with Micrometer's meter
	 * handler, spans with tracing). Defaults to {@link ObservationRegistry#NOOP}: nothing is observed.
	 * @param observationRegistry the registry, or {@code null} for none
	 */
	public synchronized void setObservationRegistry(ObservationRegistry observationRegistry) {
		this.observationRegistry = (observationRegistry != null) ? observationRegistry : ObservationRegistry.NOOP;
	}

	/**
	 * Set the convention of listener observations, replacing
	 * {@link DefaultDiscordListenerObservationConvention}.
	 * @param observationConvention the convention, or {@code null} for the default
	 */
	public synchronized void setObservationConvention(DiscordListenerObservationConvention observationConvention) {
		this.observationConvention = observationConvention;
	}

	/**
	 * Set how long a listener's {@code CompletionStage} or {@code Mono} may take to complete. The lane waits no longer:
	 * the result is cancelled and a {@link ListenerExecutionFailedException} caused by a
	 * {@link java.util.concurrent.TimeoutException} goes to the error handler. Defaults to {@link #DEFAULT_TIMEOUT}.
	 * @param timeout a positive duration
	 */
	public synchronized void setTimeout(Duration timeout) {
		if (timeout == null || timeout.isNegative() || timeout.isZero()) {
			throw new IllegalArgumentException("The listener timeout must be a positive duration, not " + timeout);
		}
		this.timeout = timeout;
	}

	/**
	 * Add endpoints. Once they are installed on the client, nothing more can be added.
	 * @param endpoints the endpoints of one bean
	 * @throws IllegalStateException if the endpoints are already installed
	 */
	public synchronized void register(List<DiscordListenerEndpoint> endpoints) {
		if (this.installed) {
			throw new IllegalStateException("Listeners are already installed on the client; " + endpoints
					+ " came too late (a lazy bean created after startup?): a bean with @DiscordListener methods "
					+ "must be a singleton created at startup, not @Lazy nor a prototype");
		}
		this.endpoints.addAll(endpoints);
	}

	/**
	 * Return the endpoints, in the order they are installed.
	 * @return the endpoints
	 */
	public synchronized List<DiscordListenerEndpoint> endpoints() {
		List<DiscordListenerEndpoint> sorted = new ArrayList<>(this.endpoints);
		sorted.sort(Comparator.comparingInt(DiscordListenerEndpoint::order));
		return List.copyOf(sorted);
	}

	/**
	 * Install every endpoint on a client, once.
	 * @param client the client
	 */
	public synchronized void installOn(DiscordClient client) {
		if (this.installed) {
			return;
		}
		for (DiscordListenerEndpoint endpoint : endpoints()) {
			ListenerMethodAdapter adapter = new ListenerMethodAdapter(endpoint, this.beanFactory, this.errorHandler,
					this.observationRegistry, this.observationConvention, this.timeout);
			if (endpoint.eventClass() == RawEvent.class) {
				client.listeners().add(RawEvent.class, (event, context) -> adapter.onEvent(event, context),
						endpoint.id());
			}
			else {
				add(client, endpoint.eventClass(), adapter, endpoint.id());
			}
		}
		this.installed = true;
	}

	private static <E> void add(DiscordClient client, Class<E> type, ListenerMethodAdapter adapter, String id) {
		client.listeners().add(type, adapter::onEvent, id);
	}

}
