package dev.serenity.boot.listener;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a bean method that receives Discord events. Its one event parameter selects what it receives:
 * <ul>
 * <li>a typed event such as {@code MessageCreateEvent} (or a supertype: every event assignable to it);</li>
 * <li>{@code RawEvent}: every dispatch, unknown ones included, as raw JSON; with {@link #event()} only that type;
 * </li>
 * <li>{@code JsonNode}: the {@code d} object of the dispatch named by {@link #event()}.</li>
 * </ul>
 * Other parameters are resolved: {@code EventContext}, {@code DiscordClient}, {@code DiscordRest},
 * {@code MessageApi}, {@code RestApis} (every endpoint family), {@code UserData}, an {@code int} annotated with
 * {@link ShardId} and the cached state before the event annotated with {@link CachedBefore}. The method may return {@code void}, a {@code CompletionStage} or a {@code Mono}; the listener
 * finishes when the result completes (at most {@code discord.listener.timeout}, 30 seconds by default: then it is
 * cancelled and fails with a {@code TimeoutException}), and what it throws or fails with goes to the
 * {@link DiscordListenerErrorHandler} bean. Raw listeners receive a dispatch before typed ones; within each kind,
 * {@link org.springframework.core.annotation.Order @Order} on the method (or its class) decides. Listeners never run
 * on a Netty event loop: blocking is safe. Can be used as a meta-annotation.
 */
@Target({ ElementType.METHOD, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface DiscordListener {

	/**
	 * Dispatch type the method receives, as Discord names it (such as {@code MESSAGE_CREATE}); needed for a
	 * {@code JsonNode} parameter, optional for {@code RawEvent}, and for a typed parameter it must name an event of
	 * that type.
	 * @return the event type name, or empty
	 */
	String event() default "";

	/**
	 * SpEL expression that must be {@code true} for the method to be called; {@code #event} is the event,
	 * {@code #context} the {@code EventContext}, and beans are reachable as {@code @name}. Example:
	 * {@code "#event.message().content() == '!ping'"}.
	 * @return the condition, or empty for always
	 */
	String condition() default "";

	/**
	 * Name of the listener in logs, errors and metrics.
	 * @return the id, or empty for {@code BeanClass.method}
	 */
	String id() default "";

}
