package dev.serenity.client;

import java.time.Duration;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * The answer of {@code GET /gateway/bot}.
 *
 * @param url the gateway URL
 * @param shards the shard count Discord recommends
 * @param sessionStartLimit how many sessions the bot may still start
 */
public record GatewayBot(String url, int shards, SessionStartLimit sessionStartLimit) {

	/**
	 * {@code session_start_limit}.
	 *
	 * @param total session starts per period
	 * @param remaining session starts left
	 * @param resetAfter time until {@code remaining} is replenished (milliseconds in JSON)
	 * @param maxConcurrency identify buckets
	 */
	public record SessionStartLimit(int total, int remaining,
			@JsonFormat(without = JsonFormat.Feature.READ_DATE_TIMESTAMPS_AS_NANOSECONDS) Duration resetAfter,
			int maxConcurrency) {
	}

}
