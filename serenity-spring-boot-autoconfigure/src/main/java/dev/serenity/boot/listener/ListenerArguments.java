package dev.serenity.boot.listener;

import java.lang.reflect.Parameter;
import java.util.Optional;

import dev.serenity.client.DiscordClient;
import dev.serenity.client.EventContext;
import dev.serenity.client.RawEvent;
import dev.serenity.client.UserData;
import dev.serenity.rest.DiscordRest;
import dev.serenity.rest.api.MessageApi;
import dev.serenity.rest.api.RestApis;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import tools.jackson.databind.JsonNode;

/**
 * Resolves the parameters of a {@link DiscordListener} method other than the event: the context, the client, its
 * REST handles, user data, the shard id and the cached state before the event ({@link CachedBefore}).
 */
final class ListenerArguments {

	private ListenerArguments() {
	}

	/**
	 * Return whether a parameter is resolved here (so it is not the event parameter).
	 * @param parameter the parameter
	 * @return whether it is context rather than the event
	 */
	static boolean resolvable(Parameter parameter) {
		Class<?> type = parameter.getType();
		return parameter.isAnnotationPresent(ShardId.class) || parameter.isAnnotationPresent(CachedBefore.class)
				|| type == EventContext.class
				|| type == DiscordClient.class || type == DiscordRest.class || type == MessageApi.class
				|| type == UserData.class || type == RestApis.class;
	}

	/**
	 * Resolve the arguments of one call.
	 * @param parameters the method's parameters
	 * @param event the event (a {@link RawEvent} for raw listeners)
	 * @param context where it came from
	 * @return the arguments
	 */
	static Object[] resolve(Parameter[] parameters, Object event, EventContext context) {
		Object[] arguments = new Object[parameters.length];
		for (int i = 0; i < parameters.length; i++) {
			arguments[i] = resolve(parameters[i], event, context);
		}
		return arguments;
	}

	private static Object resolve(Parameter parameter, Object event, EventContext context) {
		Class<?> type = parameter.getType();
		if (parameter.isAnnotationPresent(ShardId.class)) {
			return context.shardId();
		}
		if (parameter.isAnnotationPresent(CachedBefore.class)) {
			return before(parameter, context);
		}
		if (type == EventContext.class) {
			return context;
		}
		if (type == DiscordClient.class) {
			return context.client();
		}
		if (type == DiscordRest.class) {
			return context.client().rest();
		}
		if (type == MessageApi.class) {
			return context.client().messages();
		}
		if (type == RestApis.class) {
			return context.client().api();
		}
		if (type == UserData.class) {
			return context.data();
		}
		if (type == JsonNode.class && event instanceof RawEvent raw) {
			return raw.data();
		}
		return event;
	}

	private static Object before(Parameter parameter, EventContext context) {
		if (parameter.getType() == Optional.class) {
			Class<?> element = ResolvableType.forMethodParameter(MethodParameter.forParameter(parameter))
				.getGeneric(0)
				.toClass();
			return context.before(element);
		}
		return context.before(parameter.getType()).orElse(null);
	}

}
