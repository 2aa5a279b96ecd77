package dev.serenity.rest.api;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.serenity.model.Snowflake;

/**
 * One entry of {@code PATCH /guilds/{guild.id}/roles}: a role and its new position.
 *
 * @param roleId the role (not {@code @everyone}, whose position is always 0)
 * @param position the new position, at least {@value #MIN_POSITION}
 */
public record RolePosition(Snowflake roleId, int position) {

	/** Lowest position a role can be moved to (0 is {@code @everyone}'s). */
	public static final int MIN_POSITION = 1;

	/**
	 * Create an entry.
	 * @throws IllegalArgumentException naming the field when the id is invalid or the position below 1
	 */
	public RolePosition {
		Checks.id("roleId", roleId);
		if (position < MIN_POSITION) {
			throw new IllegalArgumentException("'position' must be at least " + MIN_POSITION + " but was " + position);
		}
	}

	Map<String, Object> toJson() {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", Checks.json(this.roleId));
		json.put("position", this.position);
		return json;
	}

}
