package dev.serenity.rest;

import java.util.concurrent.atomic.AtomicBoolean;

import dev.serenity.rest.ratelimit.Permit;
import dev.serenity.rest.ratelimit.RateLimitHeaders;
import reactor.core.publisher.Mono;

/**
 * A rate-limit permit of one {@link DiscordRest} attempt that is settled at most once, whatever path the call takes.
 */
final class OncePermit {

	private final Permit permit;

	private final AtomicBoolean settled = new AtomicBoolean();

	OncePermit(Permit permit) {
		this.permit = permit;
	}

	void complete(RateLimitHeaders headers) {
		if (this.settled.compareAndSet(false, true)) {
			this.permit.complete(headers);
		}
	}

	Mono<Void> release() {
		if (this.settled.compareAndSet(false, true)) {
			this.permit.cancel();
		}
		return Mono.empty();
	}

}
