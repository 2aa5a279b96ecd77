package dev.serenity.rest;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The client refused to send a REST request, before anything went out, because sending could only hurt or could not
 * happen: Discord rejected the token, the invalid requests of the last 10 minutes are close to Discord's limit, the
 * client is closed, the body cannot be written, or the rate limiter failed.
 */
public final class RestRequestRefusedException extends RestException {

	private final Reason reason;

	private final Instant retryAt;

	private RestRequestRefusedException(Route route, Reason reason, String message, Instant retryAt) {
		this(route, reason, message, retryAt, null);
	}

	private RestRequestRefusedException(Route route, Reason reason, String message, Instant retryAt,
			Throwable cause) {
		super(route.method().name(), route.template(), message, cause);
		this.reason = reason;
		this.retryAt = retryAt;
	}

	/**
	 * Refuse because Discord answered 401.
	 * @param route the refused route
	 * @return the exception
	 */
	public static RestRequestRefusedException tokenInvalid(Route route) {
		return new RestRequestRefusedException(route, Reason.TOKEN_INVALID, "Not sending " + route
				+ ": Discord answered 401 Unauthorized to an earlier request, so the bot token is no longer valid, and "
				+ "every request would fail and count toward Discord's invalid request limit. Reset the token in the "
				+ "Developer Portal (Bot > Reset Token) and create a new client", null);
	}

	/**
	 * Refuse because the invalid requests of the window reached the threshold.
	 * @param route the refused route
	 * @param count invalid requests in the window
	 * @param threshold the guard's threshold
	 * @param retryAt when the count falls below the threshold
	 * @param now the current time
	 * @return the exception
	 */
	public static RestRequestRefusedException invalidRequestLimit(Route route, int count, int threshold,
			Instant retryAt, Instant now) {
		long seconds = Math.max(0, Duration.between(now, retryAt).toSeconds());
		return new RestRequestRefusedException(route, Reason.INVALID_REQUEST_LIMIT, "Not sending " + route + ": "
				+ count + " requests were answered 401, 403 or 429 within the last 10 minutes, reaching the "
				+ "threshold of " + threshold + " ('invalidRequestThreshold'); at 10,000 Discord bans this IP for a "
				+ "while. Sending resumes at " + retryAt + " (in " + seconds + " s). Fix the requests that fail "
				+ "(missing permissions, unknown entities, rate limits ignored elsewhere)", retryAt);
	}

	/**
	 * Refuse because the client is closed.
	 * @param route the refused route
	 * @return the exception
	 */
	public static RestRequestRefusedException closed(Route route) {
		return new RestRequestRefusedException(route, Reason.CLOSED,
				"Not sending " + route + ": the REST client is closed", null);
	}

	/**
	 * Refuse because the request's body cannot be written as JSON.
	 * @param route the refused route
	 * @param cause the mapper's failure
	 * @return the exception
	 */
	public static RestRequestRefusedException invalidBody(Route route, Throwable cause) {
		return new RestRequestRefusedException(route, Reason.INVALID_BODY, "Not sending " + route
				+ ": its body cannot be written as JSON (" + cause.getClass().getSimpleName() + "); pass records, "
				+ "maps, lists and plain values the mapper can write", null, cause);
	}

	/**
	 * Refuse because the rate limiter failed to hand out a permit (for example a custom limiter that was closed,
	 * or one whose scheduler was shut down).
	 * @param route the refused route
	 * @param cause the limiter's failure
	 * @return the exception
	 */
	public static RestRequestRefusedException rateLimiterFailed(Route route, Throwable cause) {
		return new RestRequestRefusedException(route, Reason.RATE_LIMITER_FAILED, "Not sending " + route
				+ ": the rate limiter could not grant a permit: " + cause.getMessage(), null, cause);
	}

	public Reason reason() {
		return this.reason;
	}

	/**
	 * Return when sending resumes.
	 * @return the time, for {@link Reason#INVALID_REQUEST_LIMIT}; empty otherwise (never, without a new client)
	 */
	public Optional<Instant> retryAt() {
		return Optional.ofNullable(this.retryAt);
	}

	/**
	 * Why a request was refused.
	 */
	public enum Reason {

		/** Discord answered 401: the token is invalid; no request is sent any more. */
		TOKEN_INVALID,

		/** The invalid requests of the last 10 minutes reached the guard's threshold. */
		INVALID_REQUEST_LIMIT,

		/** The client was closed. */
		CLOSED,

		/** The body cannot be written as JSON. */
		INVALID_BODY,

		/** The rate limiter failed instead of granting a permit. */
		RATE_LIMITER_FAILED

	}

}
