package dev.serenity.simulator.record;

import java.time.Instant;

/**
 * A presence the bot set, with IDENTIFY's {@code presence} or op 3.
 *
 * @param shardId the shard it came on
 * @param status the status ({@code online}, {@code dnd}, ...)
 * @param json the presence object as sent
 * @param at when it arrived (simulator clock)
 */
public record PresenceRecord(int shardId, String status, String json, Instant at) {
}
