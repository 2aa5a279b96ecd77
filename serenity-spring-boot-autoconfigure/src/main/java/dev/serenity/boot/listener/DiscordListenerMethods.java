package dev.serenity.boot.listener;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.serenity.client.RawEvent;
import dev.serenity.event.EventType;
import org.springframework.beans.factory.BeanInitializationException;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.OrderUtils;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;
import tools.jackson.databind.JsonNode;

/**
 * Finds the {@link DiscordListener} methods of a class and checks each: one event parameter, the others resolvable,
 * not private or static, {@link ShardId} only on an {@code int}, a known event name. An annotated method overridden
 * in a subclass is one listener: the overriding method. Misuse fails with a message naming the method and what to
 * change.
 */
final class DiscordListenerMethods {

	private DiscordListenerMethods() {
	}

	static List<DiscordListenerEndpoint> endpoints(Object bean, Class<?> type) {
		Class<?> userClass = ClassUtils.getUserClass(type);
		// MethodIntrospector keeps the most specific of overriding methods (and resolves bridges), so an annotated
		// method overridden in a subclass is one listener, not two.
		Map<Method, DiscordListener> annotated = MethodIntrospector.selectMethods(userClass,
				(MethodIntrospector.MetadataLookup<DiscordListener>) (method) -> AnnotatedElementUtils
					.findMergedAnnotation(method, DiscordListener.class));
		List<DiscordListenerEndpoint> endpoints = new ArrayList<>();
		annotated.forEach((method, annotation) -> {
			if (!method.isBridge() && !method.isSynthetic()) {
				endpoints.add(endpoint(bean, userClass, method, annotation));
			}
		});
		return endpoints;
	}

	private static DiscordListenerEndpoint endpoint(Object bean, Class<?> userClass, Method method,
			DiscordListener annotation) {
		String name = userClass.getSimpleName() + "." + method.getName();
		if (Modifier.isPrivate(method.getModifiers())) {
			throw misuse(name, "is private; make it public or package-private so it can be called");
		}
		if (Modifier.isStatic(method.getModifiers())) {
			throw misuse(name, "is static; make it an instance method of the bean");
		}
		Parameter eventParameter = null;
		for (Parameter parameter : method.getParameters()) {
			if (parameter.isAnnotationPresent(ShardId.class) && parameter.getType() != int.class
					&& parameter.getType() != Integer.class) {
				throw misuse(name, "has @ShardId on a " + parameter.getType().getSimpleName() + " parameter; a shard "
						+ "id is an int (or Integer)");
			}
			if (!ListenerArguments.resolvable(parameter)) {
				if (eventParameter != null) {
					throw misuse(name, "has two event parameters (" + eventParameter.getType().getSimpleName()
							+ " and " + parameter.getType().getSimpleName() + "); a listener receives one event");
				}
				eventParameter = parameter;
			}
		}
		if (eventParameter == null) {
			throw misuse(name, "has no event parameter; add one, such as MessageCreateEvent, or RawEvent for "
					+ "every dispatch");
		}
		Class<?> eventClass = eventParameter.getType();
		if (eventClass.isPrimitive()) {
			throw misuse(name, "has a " + eventClass + " parameter that is not an event; annotate a shard id with "
					+ "@ShardId");
		}
		String eventName = annotation.event().isBlank() ? null : annotation.event().trim();
		if (eventName != null) {
			EventType<?> type = EventType.forName(eventName);
			if (type == null) {
				throw misuse(name, "names the unknown event '" + eventName + "'; use a dispatch name such as "
						+ "MESSAGE_CREATE, or a RawEvent parameter without a name to receive unknown dispatches");
			}
			if (eventClass != RawEvent.class && eventClass != JsonNode.class
					&& !eventClass.isAssignableFrom(type.eventClass())) {
				throw misuse(name, "names " + eventName + " but its parameter is a " + eventClass.getSimpleName()
						+ ", which " + type.eventClass().getSimpleName() + " is not");
			}
		}
		else if (eventClass == JsonNode.class) {
			throw misuse(name, "takes a JsonNode but names no event; set @DiscordListener(event = \"...\")");
		}
		if (eventClass == JsonNode.class) {
			eventClass = RawEvent.class;
		}
		String id = annotation.id().isBlank() ? name : annotation.id();
		String condition = annotation.condition().isBlank() ? null : annotation.condition();
		Integer order = OrderUtils.getOrder(method);
		if (order == null) {
			order = OrderUtils.getOrder(userClass, Ordered.LOWEST_PRECEDENCE);
		}
		ReflectionUtils.makeAccessible(method);
		return new DiscordListenerEndpoint(id, bean, method, eventClass, eventName, condition, order);
	}

	private static BeanInitializationException misuse(String method, String problem) {
		return new BeanInitializationException("@DiscordListener method " + method + " " + problem);
	}

}
