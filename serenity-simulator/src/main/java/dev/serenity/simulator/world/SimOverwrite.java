package dev.serenity.simulator.world;

/**
 * A permission overwrite of a channel.
 *
 * @param id the role or user
 * @param type 0 for a role, 1 for a member
 * @param allow the permissions granted
 * @param deny the permissions denied
 */
public record SimOverwrite(long id, int type, long allow, long deny) {

	/** The overwrite applies to a role. */
	public static final int ROLE = 0;

	/** The overwrite applies to a member. */
	public static final int MEMBER = 1;

}
