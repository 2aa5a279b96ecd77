package dev.serenity.simulator.record;

import java.time.Instant;

/**
 * A frame a client sent to the gateway.
 *
 * @param connectionId the connection it came on
 * @param shardId the shard of the connection's session, or -1 before IDENTIFY or RESUME
 * @param op the opcode, or -1 when the frame was not valid JSON with an integer {@code op}
 * @param json the frame as received
 * @param at when it arrived (simulator clock)
 */
public record ClientFrame(long connectionId, int shardId, int op, String json, Instant at) {
}
