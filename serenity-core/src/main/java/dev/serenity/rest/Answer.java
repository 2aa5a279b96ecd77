package dev.serenity.rest;

import dev.serenity.rest.ratelimit.RateLimitHeaders;
import org.springframework.http.HttpHeaders;

/**
 * An answer to one {@link DiscordRest} attempt, its body read in full, with the rate-limit headers once parsed.
 */
final class Answer {

	private final int status;

	private final HttpHeaders headers;

	private final byte[] body;

	RateLimitHeaders rateLimit;

	Answer(int status, HttpHeaders headers, byte[] body) {
		this.status = status;
		this.headers = headers;
		this.body = body;
	}

	int status() {
		return this.status;
	}

	HttpHeaders headers() {
		return this.headers;
	}

	byte[] body() {
		return this.body;
	}

}
