package dev.serenity.event;

/**
 * RESUMED: a RESUME succeeded and every missed event has been replayed.
 */
public record ResumedEvent() implements DiscordEvent {

}
