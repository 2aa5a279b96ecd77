package dev.serenity.rest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.springframework.http.HttpStatusCode;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.test.scheduler.VirtualTimeScheduler;

/**
 * Test support: a {@link DiscordRest} on virtual time whose WebClient answers from a script instead of the network,
 * recording every request it sends.
 */
final class StubDiscord {

	final VirtualTimeScheduler scheduler = VirtualTimeScheduler.create();

	final InstantSource clock = () -> Instant.ofEpochMilli(this.scheduler.now(TimeUnit.MILLISECONDS));

	final List<ClientRequest> requests = new CopyOnWriteArrayList<>();

	private final Deque<Function<ClientRequest, Mono<ClientResponse>>> script = new ArrayDeque<>();

	private Function<ClientRequest, Mono<ClientResponse>> fallback = (request) -> json(200, "{}", Map.of());

	/** The back-off jitter's fraction: 1 (the whole back-off) unless a test sets it. */
	double jitter = 1.0;

	/** Answer the next request with a status, a JSON body and headers. */
	StubDiscord then(int status, String body, Map<String, String> headers) {
		this.script.add((request) -> json(status, body, headers));
		return this;
	}

	/** Answer the next request with a status and a JSON body. */
	StubDiscord then(int status, String body) {
		return then(status, body, Map.of());
	}

	/** Answer the next request as the function says. */
	StubDiscord then(Function<ClientRequest, Mono<ClientResponse>> answer) {
		this.script.add(answer);
		return this;
	}

	/** Answer every request beyond the script so. */
	StubDiscord otherwise(int status, String body) {
		this.fallback = (request) -> json(status, body, Map.of());
		return this;
	}

	static Mono<ClientResponse> json(int status, String body, Map<String, String> headers) {
		return Mono.just(response(status, "application/json", body, headers));
	}

	static ClientResponse response(int status, String contentType, String body, Map<String, String> headers) {
		ClientResponse.Builder builder = ClientResponse.create(HttpStatusCode.valueOf(status));
		if (body != null && !body.isEmpty()) {
			builder.header("Content-Type", contentType).body(body);
		}
		headers.forEach(builder::header);
		return builder.build();
	}

	WebClient.Builder webClient() {
		return WebClient.builder().exchangeFunction((request) -> {
			this.requests.add(request);
			Function<ClientRequest, Mono<ClientResponse>> answer = this.script.poll();
			return ((answer != null) ? answer : this.fallback).apply(request);
		});
	}

	DiscordRest rest(RestConfig.Builder config) {
		return DiscordRest.builder(config.build())
			.webClientBuilder(webClient())
			.scheduler(this.scheduler)
			.clock(this.clock)
			.jitter(() -> this.jitter)
			.build();
	}

	void advanceMillis(long millis) {
		this.scheduler.advanceTimeBy(java.time.Duration.ofMillis(millis));
	}

	static String text(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}

	/**
	 * What a subscription produced.
	 *
	 * @param <T> the value type
	 */
	static final class Result<T> {

		final AtomicReference<T> value = new AtomicReference<>();

		final AtomicReference<Throwable> error = new AtomicReference<>();

		volatile boolean completed;

		Disposable subscription;

		static <T> Result<T> of(Mono<T> mono) {
			Result<T> result = new Result<>();
			result.subscription = mono.subscribe(result.value::set, result.error::set, () -> result.completed = true);
			return result;
		}

		boolean done() {
			return this.completed || this.error.get() != null;
		}

	}

}
