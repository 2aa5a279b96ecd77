package dev.serenity.event;

/**
 * A typed gateway dispatch (op 0): one record per dispatch name, decoded from {@code d} by its {@link EventType}.
 * Lifecycle events of the gateway itself (connected, disconnected, ...) and raw JSON events are not
 * {@code DiscordEvent}s.
 */
public interface DiscordEvent {

}
