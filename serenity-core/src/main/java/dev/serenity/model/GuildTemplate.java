package dev.serenity.model;

import java.time.Instant;
import java.util.List;

/**
 * A guild template: the body of {@code GET /guilds/templates/{template.code}}. The serialized guild numbers its roles
 * and channels with small template-local ids instead of snowflakes.
 *
 * @param code the template code
 * @param name the name
 * @param description the description, or {@code null}
 * @param usageCount how often it was used
 * @param creatorId the creator
 * @param creator the creator
 * @param createdAt when it was created
 * @param updatedAt when it was last synced
 * @param sourceGuildId the guild it was made from
 * @param serializedSourceGuild the guild's settings, roles and channels
 * @param isDirty whether the source guild changed since the last sync, or {@code null}
 */
public record GuildTemplate(String code, String name, String description, Integer usageCount, Snowflake creatorId,
		User creator, Instant createdAt, Instant updatedAt, Snowflake sourceGuildId, SourceGuild serializedSourceGuild,
		Boolean isDirty) {

	/**
	 * The guild a template creates.
	 *
	 * @param name the name
	 * @param description the description, or {@code null}
	 * @param verificationLevel the verification level
	 * @param defaultMessageNotifications the default notification level
	 * @param explicitContentFilter the explicit content filter level
	 * @param preferredLocale the locale
	 * @param afkTimeout the AFK timeout in seconds
	 * @param afkChannelId the template id of the AFK channel, or {@code null}
	 * @param systemChannelId the template id of the system channel, or {@code null}
	 * @param systemChannelFlags the system channel flags
	 * @param roles the roles; never {@code null}
	 * @param channels the channels; never {@code null}
	 */
	public record SourceGuild(String name, String description, Integer verificationLevel,
			Integer defaultMessageNotifications, Integer explicitContentFilter, String preferredLocale,
			Integer afkTimeout, Integer afkChannelId, Integer systemChannelId, Integer systemChannelFlags,
			List<TemplateRole> roles, List<TemplateChannel> channels) {

		/**
		 * Create a source guild.
		 */
		public SourceGuild {
			roles = Copies.list(roles);
			channels = Copies.list(channels);
		}

	}

	/**
	 * A role of a template.
	 *
	 * @param id the template-local id (0 for {@code @everyone})
	 * @param name the name
	 * @param permissions the permission bits, as Discord sends them (a number or a string)
	 * @param color the colour
	 * @param hoist whether members are shown apart
	 * @param mentionable whether anyone can mention it
	 */
	public record TemplateRole(Integer id, String name, String permissions, Integer color, Boolean hoist,
			Boolean mentionable) {
	}

	/**
	 * A channel of a template.
	 *
	 * @param id the template-local id
	 * @param type the channel type
	 * @param name the name
	 * @param position the sort position
	 * @param topic the topic, or {@code null}
	 * @param parentId the template-local id of the category, or {@code null}
	 * @param nsfw whether it is age-restricted
	 * @param rateLimitPerUser the slowmode in seconds
	 */
	public record TemplateChannel(Integer id, ChannelType type, String name, Integer position, String topic,
			Integer parentId, Boolean nsfw, Integer rateLimitPerUser) {
	}

}
