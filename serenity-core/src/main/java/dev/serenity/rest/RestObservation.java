package dev.serenity.rest;

import java.time.Duration;

/**
 * One finished REST call, as a {@link RestObserver} sees it. It names the route template, never ids or tokens, so
 * every field can be a metric tag or value.
 *
 * @param route the route template, e.g. {@code /channels/{channel.id}/messages}
 * @param method the HTTP method
 * @param status the status of the last answer, or 0 when none came
 * @param outcome how the call ended
 * @param error what the call failed with, or {@code null}
 * @param duration from the call's start to its end, on the client's clock, waits included
 * @param rateLimitWait the time spent waiting for rate-limit permits, over all attempts
 * @param attempts how many times the request was sent
 */
public record RestObservation(String route, String method, int status, Outcome outcome, Throwable error,
		Duration duration, Duration rateLimitWait, int attempts) {

	/**
	 * How a call ended.
	 */
	public enum Outcome {

		/** A 2xx answer. */
		SUCCESS,

		/** A 4xx answer, 429 included. */
		CLIENT_ERROR,

		/** A 5xx answer. */
		SERVER_ERROR,

		/** Refused before sending ({@link RestRequestRefusedException}). */
		REFUSED,

		/** No usable answer ({@link RestTransportException}). */
		TRANSPORT_ERROR,

		/** The subscriber cancelled. */
		CANCELLED,

		/** Failed otherwise, e.g. the body could not be written. */
		ERROR

	}

}
