package dev.serenity.simulator.record;

import java.time.Instant;

/**
 * A WebSocket connection a client opened to the gateway.
 *
 * @param connectionId the simulator's id for the connection
 * @param url the path and query the client connected to
 * @param resumeUrl whether it was the {@code resume_gateway_url}
 * @param compression the transport compression it asked for, or {@code null}
 * @param openedAt when the handshake completed
 */
public record ConnectionRecord(long connectionId, String url, boolean resumeUrl, String compression,
		Instant openedAt) {
}
