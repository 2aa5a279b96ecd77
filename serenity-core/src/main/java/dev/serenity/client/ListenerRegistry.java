package dev.serenity.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The listeners of a client, by event type. A listener registered for a supertype (for example {@code Object} or a
 * lifecycle interface) receives every event of its subtypes. Lookups are cached per event class.
 */
public final class ListenerRegistry {

	private final List<Registration<?>> registrations = new CopyOnWriteArrayList<>();

	private final List<Registration<RawEvent>> rawListeners = new CopyOnWriteArrayList<>();

	private final Map<Class<?>, List<Registration<?>>> byEventClass = new ConcurrentHashMap<>();

	/**
	 * Register a listener.
	 * @param type the event type it receives (and its subtypes)
	 * @param listener the listener
	 * @param name a name for logs and errors
	 * @param <E> the event type
	 */
	public <E> void add(Class<E> type, EventListener<? super E> listener, String name) {
		if (type == RawEvent.class) {
			@SuppressWarnings("unchecked")
			EventListener<RawEvent> raw = (EventListener<RawEvent>) listener;
			this.rawListeners.add(new Registration<>(RawEvent.class, raw, name));
			return;
		}
		synchronized (this.byEventClass) {
			this.registrations.add(new Registration<>(type, listener, name));
			this.byEventClass.clear();
		}
	}

	/**
	 * Return the listeners for an event class, in registration order.
	 * @param eventClass the event's class
	 * @return the listeners whose type it is assignable to
	 */
	public List<Registration<?>> listenersFor(Class<?> eventClass) {
		List<Registration<?>> cached = this.byEventClass.get(eventClass);
		if (cached != null) {
			return cached;
		}
		synchronized (this.byEventClass) {
			return this.byEventClass.computeIfAbsent(eventClass, (type) -> {
			List<Registration<?>> matching = new ArrayList<>();
			for (Registration<?> registration : this.registrations) {
				if (registration.type().isAssignableFrom(type)) {
					matching.add(registration);
				}
			}
			return List.copyOf(matching);
			});
		}
	}

	/**
	 * Return the raw listeners.
	 * @return every listener of {@link RawEvent}
	 */
	public List<Registration<RawEvent>> rawListeners() {
		return this.rawListeners;
	}

	/**
	 * Return how many listeners are registered, raw listeners included.
	 * @return the count
	 */
	public int size() {
		return this.registrations.size() + this.rawListeners.size();
	}

	/**
	 * One registered listener.
	 *
	 * @param type the event type
	 * @param listener the listener
	 * @param name its name
	 * @param <E> the event type
	 */
	public record Registration<E>(Class<E> type, EventListener<? super E> listener, String name) {

		@SuppressWarnings("unchecked")
		void invoke(Object event, EventContext context) throws Exception {
			((EventListener<Object>) this.listener).onEvent(event, context);
		}

	}

}
