package dev.serenity.simulator.world;

/**
 * A guild role; the {@code @everyone} role has the guild's id.
 *
 * @param id the role's snowflake
 * @param name the name
 * @param permissions the permission bits
 * @param position the position in the role list
 */
public record SimRole(long id, String name, long permissions, int position) {

	/** Permissions of a new guild's {@code @everyone}: view, send, history, embeds, files, reactions, voice. */
	public static final long DEFAULT_EVERYONE_PERMISSIONS = (1L << 0) | (1L << 6) | (1L << 10) | (1L << 11)
			| (1L << 14) | (1L << 15) | (1L << 16) | (1L << 18) | (1L << 20) | (1L << 21) | (1L << 26) | (1L << 31);

}
