/**
 * The cache of Discord state (serenity's {@code Cache}): guilds, channels, threads, roles, emojis, stickers,
 * members, users, voice states, presences and recent messages, kept up to date from gateway events on the dispatch
 * lanes before listeners run. {@link dev.serenity.cache.DiscordCache} is the read API,
 * {@link dev.serenity.cache.CacheSettings} what is kept, {@link dev.serenity.cache.MemberCachePolicy} which members,
 * {@link dev.serenity.cache.CacheStore} where, and {@link dev.serenity.cache.PermissionCalculator} what a member may
 * do in a channel.
 */
package dev.serenity.cache;
