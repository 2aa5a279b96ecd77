/**
 * Discord's v10 objects as immutable records: users, members, guilds, channels and threads, roles, emojis, messages
 * with their embeds, attachments, components and polls, interactions, voice states, presences and more.
 *
 * <p>Conventions: optional fields use boxed types and are {@code null} when absent; list and map fields are never
 * {@code null} (empty when absent, immutable, without {@code null} elements); ids are
 * {@link dev.serenity.model.Snowflake}s; timestamps are {@link java.time.Instant}s; enums map values this version does
 * not know to {@code UNKNOWN}. The records bind with {@link dev.serenity.json.DiscordJson#mapper()}.
 */
package dev.serenity.model;
