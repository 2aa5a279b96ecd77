package dev.serenity.model;

/**
 * A user's status on each kind of client; a platform without an active session is {@code null}.
 *
 * @param desktop the desktop application's status
 * @param mobile the mobile application's status
 * @param web the browser's (or bot's) status
 * @param vr the virtual reality application's status
 */
public record ClientStatus(OnlineStatus desktop, OnlineStatus mobile, OnlineStatus web, OnlineStatus vr) {
}
