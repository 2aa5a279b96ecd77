package dev.serenity.model;

/**
 * Where to connect to the gateway: the body of {@code GET /gateway} (no authentication; bots use
 * {@code GET /gateway/bot}, which adds the recommended shards and the session start limit).
 *
 * @param url the WebSocket URL
 */
public record GatewayInfo(String url) {
}
