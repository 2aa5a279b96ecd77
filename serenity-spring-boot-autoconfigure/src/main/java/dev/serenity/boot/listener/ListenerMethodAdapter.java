package dev.serenity.boot.listener;

import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;

import dev.serenity.client.EventContext;
import dev.serenity.client.EventListener;
import dev.serenity.client.RawEvent;
import org.springframework.context.expression.BeanFactoryResolver;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.expression.EvaluationException;
import org.springframework.expression.Expression;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import reactor.core.publisher.Mono;

/**
 * Calls one {@link DiscordListener} method for each event: filters raw events by name, evaluates the condition,
 * resolves the arguments, waits for an asynchronous result, and hands every failure to the error handler.
 */
final class ListenerMethodAdapter implements EventListener<Object> {

	private static final SpelExpressionParser PARSER = new SpelExpressionParser();

	private final DiscordListenerEndpoint endpoint;

	private final Expression condition;

	private final BeanFactory beanFactory;

	private final DiscordListenerErrorHandler errorHandler;

	ListenerMethodAdapter(DiscordListenerEndpoint endpoint, BeanFactory beanFactory,
			DiscordListenerErrorHandler errorHandler) {
		this.endpoint = endpoint;
		this.beanFactory = beanFactory;
		this.errorHandler = errorHandler;
		this.condition = (endpoint.condition() != null) ? PARSER.parseExpression(endpoint.condition()) : null;
	}

	@Override
	public void onEvent(Object event, EventContext context) {
		if (this.endpoint.eventName() != null && event instanceof RawEvent raw
				&& !this.endpoint.eventName().equals(raw.type())) {
			return;
		}
		try {
			if (this.condition != null && !matches(event, context)) {
				return;
			}
			Object result = this.endpoint.method()
				.invoke(this.endpoint.bean(), ListenerArguments.resolve(this.endpoint.method().getParameters(), event,
						context));
			await(result);
		}
		catch (InvocationTargetException ex) {
			fail(ex.getCause(), event, context);
		}
		catch (Throwable ex) {
			fail(unwrap(ex), event, context);
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

	private static void await(Object result) throws Exception {
		if (result instanceof CompletionStage<?> stage) {
			stage.toCompletableFuture().get();
		}
		else if (result instanceof Mono<?> mono) {
			mono.block();
		}
	}

	private static Throwable unwrap(Throwable error) {
		Throwable current = error;
		while ((current instanceof ExecutionException || current instanceof CompletionException)
				&& current.getCause() != null) {
			current = current.getCause();
		}
		return current;
	}

	private void fail(Throwable error, Object event, EventContext context) {
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

	@Override
	public String toString() {
		return this.endpoint.id();
	}

}
