/**
 * Typed gateway dispatch events: one record per dispatch name ({@code <Name>Event}, all
 * {@link dev.serenity.event.DiscordEvent}s) and {@link dev.serenity.event.EventType}, the registry that maps a
 * {@code t} to its record and intents and decodes {@code d}.
 *
 * <p>Events that carry a single model object (MESSAGE_CREATE carries a message, GUILD_CREATE a guild) wrap it, and
 * read from and write to JSON as that object; the others bind {@code d}'s fields directly.
 */
package dev.serenity.event;
