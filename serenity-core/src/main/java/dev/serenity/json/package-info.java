/**
 * The Jackson 3 configuration for Discord's JSON: {@link dev.serenity.json.DiscordJson} holds the shared mapper and
 * the (de)serializers for snowflakes, permissions and timestamps.
 */
package dev.serenity.json;
