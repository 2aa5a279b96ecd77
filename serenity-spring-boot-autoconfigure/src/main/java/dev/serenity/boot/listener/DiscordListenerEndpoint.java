package dev.serenity.boot.listener;

import java.lang.reflect.Method;

/**
 * One {@link DiscordListener} method, checked and ready to register with a client.
 *
 * @param id the listener's name in logs, errors and metrics
 * @param bean the bean
 * @param method the method
 * @param eventClass the class of events it receives ({@code RawEvent} for raw listeners)
 * @param eventName the dispatch type it is limited to, or {@code null}
 * @param condition the SpEL condition, or {@code null}
 * @param order its order among listeners of the same event
 */
public record DiscordListenerEndpoint(String id, Object bean, Method method, Class<?> eventClass, String eventName,
		String condition, int order) {

	@Override
	public String toString() {
		return "DiscordListenerEndpoint[" + this.id + " <- " + ((this.eventName != null) ? this.eventName
				: this.eventClass.getSimpleName()) + "]";
	}

}
