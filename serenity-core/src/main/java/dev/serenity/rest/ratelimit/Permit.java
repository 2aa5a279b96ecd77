package dev.serenity.rest.ratelimit;

/**
 * The right to send one request, handed out by {@link RateLimiter#acquire}. The client settles it exactly once: with
 * {@link #complete(RateLimitHeaders)} when Discord answered, or with {@link #cancel()} when no answer came.
 */
public interface Permit {

	/**
	 * Report Discord's answer, so the limiter learns the bucket and its remaining requests.
	 * @param headers the rate-limit headers of the answer (and, for a 429, its body's {@code retry_after} and
	 * {@code global})
	 */
	void complete(RateLimitHeaders headers);

	/**
	 * Give the permit back without an answer: the request failed to connect, timed out or was cancelled.
	 */
	void cancel();

}
