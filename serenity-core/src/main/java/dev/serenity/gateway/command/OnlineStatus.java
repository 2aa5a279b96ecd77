package dev.serenity.gateway.command;

/**
 * A bot's status, as sent in a presence update.
 */
public enum OnlineStatus {

	ONLINE("online"), DO_NOT_DISTURB("dnd"), IDLE("idle"), INVISIBLE("invisible"), OFFLINE("offline");

	private final String value;

	OnlineStatus(String value) {
		this.value = value;
	}

	/**
	 * Return the value Discord expects.
	 * @return e.g. {@code dnd}
	 */
	public String value() {
		return this.value;
	}

}
