package dev.serenity.simulator.world;

/**
 * A guild role; the {@code @everyone} role has the guild's id.
 *
 * @param id the role's snowflake
 * @param name the name
 * @param permissions the permission bits
 * @param position the position in the role list
 * @param color the primary colour as RGB, 0 for none
 * @param secondaryColor the second gradient colour, or {@code null}
 * @param tertiaryColor the third (holographic) colour, or {@code null}
 * @param hoist whether the role's members are listed separately
 * @param icon the role icon hash, or {@code null}
 * @param unicodeEmoji the role's Unicode emoji, or {@code null}
 * @param mentionable whether anyone may mention the role
 * @param managed whether an integration manages the role (it cannot be assigned or deleted)
 */
public record SimRole(long id, String name, long permissions, int position, int color, Integer secondaryColor,
		Integer tertiaryColor, boolean hoist, String icon, String unicodeEmoji, boolean mentionable,
		boolean managed) {

	/** Permissions of a new guild's {@code @everyone}: view, send, history, embeds, files, reactions, voice. */
	public static final long DEFAULT_EVERYONE_PERMISSIONS = (1L << 0) | (1L << 6) | (1L << 10) | (1L << 11)
			| (1L << 14) | (1L << 15) | (1L << 16) | (1L << 18) | (1L << 20) | (1L << 21) | (1L << 26) | (1L << 31);

	/**
	 * Create a plain role: no colour, not hoisted, not mentionable, not managed.
	 * @param id the role's snowflake
	 * @param name the name
	 * @param permissions the permission bits
	 * @param position the position in the role list
	 */
	public SimRole(long id, String name, long permissions, int position) {
		this(id, name, permissions, position, 0, null, null, false, null, null, false, false);
	}

	/**
	 * Return this role at another position.
	 * @param newPosition the position
	 * @return the moved role
	 */
	public SimRole withPosition(int newPosition) {
		return new SimRole(this.id, this.name, this.permissions, newPosition, this.color, this.secondaryColor,
				this.tertiaryColor, this.hoist, this.icon, this.unicodeEmoji, this.mentionable, this.managed);
	}

}
