package dev.serenity.boot.listener;

import java.lang.reflect.InvocationTargetException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.serenity.client.EventContext;
import dev.serenity.client.EventListener;
import dev.serenity.client.RawEvent;
import dev.serenity.event.EventType;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.context.expression.BeanFactoryResolver;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.expression.EvaluationException;
import org.springframework.expression.Expression;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import reactor.core.publisher.Mono;

/**
 * Calls one {@link DiscordListener} method for each event: filters raw events by name, evaluates the condition,
 * resolves the arguments, waits for an asynchronous result (at most the timeout: then it is cancelled and a
 * {@link TimeoutException} is the failure), and hands every failure to the error handler. Each call
 * that passes the filters runs in a {@code discord.listener} {@link Observation} (a no-op with
 * {@link ObservationRegistry#NOOP}).
 */
final class ListenerMethodAdapter implements EventListener<Object> {

	private static final SpelExpressionParser PARSER = new SpelExpressionParser();

	private static final Map<Class<?>, String> EVENT_NAMES = eventNames();

	private final DiscordListenerEndpoint endpoint;

	private final Expression condition;

	private final BeanFactory beanFactory;

	private final DiscordListenerErrorHandler errorHandler;

	private final ObservationRegistry observationRegistry;

	private final DiscordListenerObservationConvention observationConvention;

	private final Duration timeout;

	ListenerMethodAdapter(DiscordListenerEndpoint endpoint, BeanFactory beanFactory,
			DiscordListenerErrorHandler errorHandler, ObservationRegistry observationRegistry,
			DiscordListenerObservationConvention observationConvention, Duration timeout) {
		this.endpoint = endpoint;
		this.beanFactory = beanFactory;
		this.errorHandler = errorHandler;
		this.observationRegistry = (observationRegistry != null) ? observationRegistry : ObservationRegistry.NOOP;
		this.observationConvention = observationConvention;
		this.timeout = timeout;
		this.condition = (endpoint.condition() != null) ? PARSER.parseExpression(endpoint.condition()) : null;
	}

	@Override
	public void onEvent(Object event, EventContext context) {
		if (this.endpoint.eventName() != null && event instanceof RawEvent raw
				&& !this.endpoint.eventName().equals(raw.type())) {
			return;
		}
		boolean matched;
		Throwable conditionFailure = null;
		try {
			matched = this.condition == null || matches(event, context);
		}
		catch (RuntimeException ex) {
			matched = true;
			conditionFailure = ex;
		}
		if (!matched) {
			return;
		}
		DiscordListenerObservationContext observationContext = new DiscordListenerObservationContext(
				this.endpoint.id(), eventType(event), event);
		Observation observation = Observation
			.createNotStarted(this.observationConvention, DefaultDiscordListenerObservationConvention.INSTANCE,
					() -> observationContext, this.observationRegistry)
			.start();
		try {
			if (conditionFailure != null) {
				fail(conditionFailure, event, context, observation, observationContext);
				return;
			}
			try (Observation.Scope scope = observation.openScope()) {
				Object result = this.endpoint.method()
					.invoke(this.endpoint.bean(), ListenerArguments.resolve(this.endpoint.method().getParameters(),
							event, context));
				await(result);
			}
			catch (InvocationTargetException ex) {
				fail(ex.getCause(), event, context, observation, observationContext);
			}
			catch (Throwable ex) {
				fail(unwrap(ex), event, context, observation, observationContext);
			}
		}
		finally {
			observation.stop();
		}
	}

	private boolean matches(Object event, EventContext context) {
		StandardEvaluationContext evaluation = new StandardEvaluationContext(event);
		evaluation.setVariable("event", event);
		evaluation.setVariable("context", context);
		if (this.beanFactory != null) {
			evaluation.setBeanResolver(new BeanFactoryResolver(this.beanFactory));
		}
		try {
			return Boolean.TRUE.equals(this.condition.getValue(evaluation, Boolean.class));
		}
		catch (EvaluationException ex) {
			throw new IllegalStateException("The condition \"" + this.endpoint.condition() + "\" of "
					+ this.endpoint.id() + " could not be evaluated: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Wait for an asynchronous result, at most the timeout: a result that never completes must not hold the lane
	 * (and, once the lane is full, the shard) forever. On timeout the future is cancelled (for a {@code Mono}, its
	 * subscription).
	 */
	private void await(Object result) throws Exception {
		CompletableFuture<?> future;
		if (result instanceof CompletionStage<?> stage) {
			future = stage.toCompletableFuture();
		}
		else if (result instanceof Mono<?> mono) {
			future = mono.toFuture();
		}
		else {
			return;
		}
		try {
			future.get(this.timeout.toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (TimeoutException ex) {
			future.cancel(true);
			String kind = (result instanceof Mono) ? "Mono" : "CompletionStage";
			throw new TimeoutException("The " + kind + " returned by " + this.endpoint.id()
					+ " did not complete within " + format(this.timeout)
					+ " (discord.listener.timeout); it was cancelled");
		}
		catch (InterruptedException ex) {
			future.cancel(true);
			Thread.currentThread().interrupt();
			throw ex;
		}
	}

	private static String format(Duration duration) {
		if (duration.toMillis() % 1000 != 0 || duration.isZero()) {
			return duration.toMillis() + "ms";
		}
		return duration.toSeconds() + "s";
	}

	private static Throwable unwrap(Throwable error) {
		Throwable current = error;
		while ((current instanceof ExecutionException || current instanceof CompletionException)
				&& current.getCause() != null) {
			current = current.getCause();
		}
		return current;
	}

	private void fail(Throwable error, Object event, EventContext context, Observation observation,
			DiscordListenerObservationContext observationContext) {
		observationContext.setOutcome(DiscordListenerObservationContext.Outcome.ERROR);
		observation.error(error);
		String type = (event instanceof RawEvent raw) ? raw.type() : event.getClass().getSimpleName();
		try {
			this.errorHandler.handle(new ListenerExecutionFailedException(this.endpoint.id(), type, error), event,
					context);
		}
		catch (RuntimeException ex) {
			DiscordListenerErrorHandler.logging()
				.handle(new ListenerExecutionFailedException(this.endpoint.id(), type, ex), event, context);
		}
	}

	/**
	 * Return an event's type for observations, with a bounded set of values: the dispatch name of typed and raw
	 * events ({@code UNKNOWN} for names this library does not know), else the class's simple name.
	 */
	static String eventType(Object event) {
		if (event instanceof RawEvent raw) {
			return (EventType.forName(raw.type()) != null) ? raw.type() : "UNKNOWN";
		}
		String name = EVENT_NAMES.get(event.getClass());
		return (name != null) ? name : event.getClass().getSimpleName();
	}

	private static Map<Class<?>, String> eventNames() {
		Map<Class<?>, String> names = new HashMap<>();
		for (EventType<?> type : EventType.all()) {
			names.putIfAbsent(type.eventClass(), type.name());
		}
		return Map.copyOf(names);
	}

	@Override
	public String toString() {
		return this.endpoint.id();
	}

}
