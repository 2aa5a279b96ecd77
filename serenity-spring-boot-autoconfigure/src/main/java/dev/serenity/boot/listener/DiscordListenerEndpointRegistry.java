package dev.serenity.boot.listener;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.serenity.client.DiscordClient;
import dev.serenity.client.RawEvent;
import org.springframework.beans.factory.BeanFactory;

/**
 * The {@link DiscordListener} methods of the application context; installs them on a client in their order.
 */
public class DiscordListenerEndpointRegistry {

	private final List<DiscordListenerEndpoint> endpoints = new ArrayList<>();

	private final BeanFactory beanFactory;

	private final DiscordListenerErrorHandler errorHandler;

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
	 * Add endpoints.
	 * @param endpoints the endpoints of one bean
	 */
	public synchronized void register(List<DiscordListenerEndpoint> endpoints) {
		if (this.installed) {
			throw new IllegalStateException("Listeners are already installed on the client; " + endpoints
					+ " came too late (a lazy bean created after startup?)");
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
			ListenerMethodAdapter adapter = new ListenerMethodAdapter(endpoint, this.beanFactory, this.errorHandler);
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
