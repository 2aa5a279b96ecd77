package dev.serenity.gateway.command;

import dev.serenity.model.ActivityType;

/**
 * An activity a bot shows; bots may set only the name, type, URL (streaming) and state (custom status).
 *
 * @param name the activity's name
 * @param type the kind of activity
 * @param url the stream URL, for {@link ActivityType#STREAMING}, or {@code null}
 * @param state the custom status text, for {@link ActivityType#CUSTOM}, or {@code null}
 */
public record ActivityData(String name, ActivityType type, String url, String state) {

	public ActivityData {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("activity 'name' must not be blank");
		}
		if (type == null || type == ActivityType.UNKNOWN) {
			throw new IllegalArgumentException("activity 'type' must be PLAYING, STREAMING, LISTENING, WATCHING, CUSTOM "
					+ "or COMPETING but was " + type);
		}
	}

	public static ActivityData playing(String name) {
		return new ActivityData(name, ActivityType.PLAYING, null, null);
	}

	public static ActivityData listening(String name) {
		return new ActivityData(name, ActivityType.LISTENING, null, null);
	}

	public static ActivityData watching(String name) {
		return new ActivityData(name, ActivityType.WATCHING, null, null);
	}

	public static ActivityData competing(String name) {
		return new ActivityData(name, ActivityType.COMPETING, null, null);
	}

	public static ActivityData streaming(String name, String url) {
		return new ActivityData(name, ActivityType.STREAMING, url, null);
	}

	/**
	 * Create a custom status.
	 * @param text the status text
	 * @return the activity
	 */
	public static ActivityData custom(String text) {
		return new ActivityData("Custom Status", ActivityType.CUSTOM, null, text);
	}

}
