package dev.serenity.gateway.command;

/**
 * The kinds of activity a bot may show.
 */
public enum ActivityType {

	PLAYING(0), STREAMING(1), LISTENING(2), WATCHING(3), CUSTOM(4), COMPETING(5);

	private final int value;

	ActivityType(int value) {
		this.value = value;
	}

	public int value() {
		return this.value;
	}

}
