package dev.serenity.rest.api;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.serenity.model.Snowflake;

/**
 * One entry of {@code PATCH /guilds/{guild.id}/channels}: a channel's new position and, optionally, its new category.
 *
 * @param id the channel
 * @param position the new sorting position, or {@code null} to keep it
 * @param lockPermissions whether to sync the overwrites with the new category, or {@code null}
 * @param parentId the new category, or {@code null} to keep it
 */
public record ChannelPosition(Snowflake id, Integer position, Boolean lockPermissions, Snowflake parentId) {

	/**
	 * Create an entry.
	 * @throws IllegalArgumentException naming the field of a bad value
	 */
	public ChannelPosition {
		Checks.id("id", id);
		ChannelChecks.range("position", position, 0, Integer.MAX_VALUE);
		Checks.optionalId("parentId", parentId);
	}

	/**
	 * Return an entry that only moves a channel.
	 * @param id the channel
	 * @param position the new position
	 * @return the entry
	 */
	public static ChannelPosition of(Snowflake id, int position) {
		return new ChannelPosition(id, position, null, null);
	}

	Map<String, Object> toJson() {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", Checks.json(this.id));
		if (this.position != null) {
			json.put("position", this.position);
		}
		if (this.lockPermissions != null) {
			json.put("lock_permissions", this.lockPermissions);
		}
		if (this.parentId != null) {
			json.put("parent_id", Checks.json(this.parentId));
		}
		return json;
	}

}
