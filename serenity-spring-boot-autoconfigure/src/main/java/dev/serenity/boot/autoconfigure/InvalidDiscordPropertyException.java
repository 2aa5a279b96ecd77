package dev.serenity.boot.autoconfigure;

/**
 * A {@code discord.*} property has a value that cannot work; the message names the property, the value and what is
 * allowed.
 */
public class InvalidDiscordPropertyException extends IllegalStateException {

	private final String property;

	private final transient Object value;

	private final String allowed;

	/**
	 * Create the exception.
	 * @param property the property, e.g. {@code discord.shards.range}
	 * @param value its value, or {@code null} when missing
	 * @param allowed what would be accepted
	 */
	public InvalidDiscordPropertyException(String property, Object value, String allowed) {
		super("Invalid '" + property + "'" + ((value != null) ? " = '" + value + "'" : " (not set)") + ": " + allowed);
		this.property = property;
		this.value = value;
		this.allowed = allowed;
	}

	/**
	 * Return the property at fault.
	 * @return its name
	 */
	public String property() {
		return this.property;
	}

	/**
	 * Return the rejected value.
	 * @return the value, or {@code null} when missing
	 */
	public Object value() {
		return this.value;
	}

	/**
	 * Return what would be accepted.
	 * @return e.g. {@code must be at least 1}
	 */
	public String allowed() {
		return this.allowed;
	}

}
