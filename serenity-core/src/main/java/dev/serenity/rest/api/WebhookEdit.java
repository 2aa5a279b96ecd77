package dev.serenity.rest.api;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.serenity.model.Snowflake;

/**
 * A change of a webhook: the body of {@code PATCH /webhooks/{webhook.id}[/{webhook.token}]}.
 *
 * @param name the new name (checked as {@link WebhookCreate#name()}), or {@code null} to keep it
 * @param avatar the new avatar, or cleared, or absent
 * @param channelId the channel to move it to (same guild; only with the bot token), or {@code null}
 */
public record WebhookEdit(String name, Patch<ImageData> avatar, Snowflake channelId) {

	/**
	 * Create a change.
	 * @throws IllegalArgumentException naming the field for a bad name or channel id, or a change of nothing
	 */
	public WebhookEdit {
		if (name != null) {
			WebhookCreate.checkName("name", name);
		}
		avatar = (avatar != null) ? avatar : Patch.absent();
		Checks.optionalId("channelId", channelId);
		if (name == null && !avatar.present() && channelId == null) {
			throw new IllegalArgumentException("'name', 'avatar' or 'channelId' must be given: nothing changes");
		}
	}

	/**
	 * Rename a webhook.
	 * @param name the new name
	 * @return the change
	 */
	public static WebhookEdit name(String name) {
		return new WebhookEdit(name, null, null);
	}

	Map<String, Object> toJson() {
		Map<String, Object> json = new LinkedHashMap<>();
		if (this.name != null) {
			json.put("name", this.name);
		}
		Patches.put(json, "avatar", this.avatar.map(ImageData::toDataUri));
		if (this.channelId != null) {
			json.put("channel_id", Checks.json(this.channelId));
		}
		return json;
	}

}
