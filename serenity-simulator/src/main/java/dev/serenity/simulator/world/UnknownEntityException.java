package dev.serenity.simulator.world;

/**
 * Thrown when the control API or REST names a user, guild, channel or message the simulator does not have.
 */
public final class UnknownEntityException extends RuntimeException {

	private final String kind;

	private final long id;

	/**
	 * Create the exception.
	 * @param kind the kind of entity ("guild", "channel", ...)
	 * @param id the id that was not found
	 */
	public UnknownEntityException(String kind, long id) {
		super("Unknown " + kind + " " + Long.toUnsignedString(id));
		this.kind = kind;
		this.id = id;
	}

	public String kind() {
		return this.kind;
	}

	public long id() {
		return this.id;
	}

}
