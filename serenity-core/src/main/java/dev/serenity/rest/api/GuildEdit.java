package dev.serenity.rest.api;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.serenity.model.Snowflake;

/**
 * A change to a guild's settings: the body of {@code PATCH /guilds/{guild.id}} (needs Manage Guild). Each field is
 * a {@link Patch}: absent fields keep their value, cleared ones are sent as {@code null}.
 *
 * <pre>{@code
 * GuildEdit.builder().name("Renamed").verificationLevel(2).build();
 * }</pre>
 *
 * @param name the name, {@value #MIN_NAME_LENGTH} to {@value #MAX_NAME_LENGTH} characters (cannot be cleared)
 * @param description the description, at most {@value #MAX_DESCRIPTION_LENGTH} characters
 * @param verificationLevel 0 (none) to 4 (very high)
 * @param defaultMessageNotifications 0 (all messages) or 1 (only mentions)
 * @param explicitContentFilter 0 to 2
 * @param afkChannelId the AFK voice channel; cleared removes it
 * @param afkTimeout the AFK timeout in seconds: 60, 300, 900, 1800 or 3600
 * @param systemChannelId the system messages channel; cleared removes it
 * @param preferredLocale the preferred locale of a community guild, e.g. {@code en-US}
 * @param premiumProgressBarEnabled whether the boost progress bar shows
 */
public record GuildEdit(Patch<String> name, Patch<String> description, Patch<Integer> verificationLevel,
		Patch<Integer> defaultMessageNotifications, Patch<Integer> explicitContentFilter, Patch<Snowflake> afkChannelId,
		Patch<Integer> afkTimeout, Patch<Snowflake> systemChannelId, Patch<String> preferredLocale,
		Patch<Boolean> premiumProgressBarEnabled) {

	/** Fewest characters of a guild name. */
	public static final int MIN_NAME_LENGTH = 2;

	/** Most characters of a guild name. */
	public static final int MAX_NAME_LENGTH = 100;

	/** Most characters of a guild description. */
	public static final int MAX_DESCRIPTION_LENGTH = 120;

	/**
	 * Create an edit.
	 * @throws IllegalArgumentException naming the field when nothing changes or a value is out of range
	 */
	public GuildEdit {
		name = Patches.orAbsent(name);
		description = Patches.orAbsent(description);
		verificationLevel = Patches.orAbsent(verificationLevel);
		defaultMessageNotifications = Patches.orAbsent(defaultMessageNotifications);
		explicitContentFilter = Patches.orAbsent(explicitContentFilter);
		afkChannelId = Patches.orAbsent(afkChannelId).map((id) -> Checks.id("afkChannelId", id));
		afkTimeout = Patches.orAbsent(afkTimeout);
		systemChannelId = Patches.orAbsent(systemChannelId).map((id) -> Checks.id("systemChannelId", id));
		preferredLocale = Patches.orAbsent(preferredLocale);
		premiumProgressBarEnabled = Patches.orAbsent(premiumProgressBarEnabled);
		if (name.cleared()) {
			throw new IllegalArgumentException("'name' cannot be cleared");
		}
		if (name.value() != null) {
			int length = name.value().codePointCount(0, name.value().length());
			if (length < MIN_NAME_LENGTH || length > MAX_NAME_LENGTH) {
				throw new IllegalArgumentException("'name' must have " + MIN_NAME_LENGTH + " to " + MAX_NAME_LENGTH
						+ " characters but has " + length);
			}
		}
		Checks.content("description", description.value(), MAX_DESCRIPTION_LENGTH);
		range("verificationLevel", verificationLevel.value(), 0, 4);
		range("defaultMessageNotifications", defaultMessageNotifications.value(), 0, 1);
		range("explicitContentFilter", explicitContentFilter.value(), 0, 2);
		Integer timeout = afkTimeout.value();
		if (timeout != null && timeout != 60 && timeout != 300 && timeout != 900 && timeout != 1800
				&& timeout != 3600) {
			throw new IllegalArgumentException("'afkTimeout' must be 60, 300, 900, 1800 or 3600 but was " + timeout);
		}
		Patches.requireChange("name", name, description, verificationLevel, defaultMessageNotifications,
				explicitContentFilter, afkChannelId, afkTimeout, systemChannelId, preferredLocale, premiumProgressBarEnabled);
	}

	private static void range(String field, Integer value, int min, int max) {
		if (value != null && (value < min || value > max)) {
			throw new IllegalArgumentException("'" + field + "' must be from " + min + " to " + max + " but was "
					+ value);
		}
	}

	/**
	 * Start a builder in which every field is absent.
	 * @return the builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	Map<String, Object> toJson() {
		Map<String, Object> json = new LinkedHashMap<>();
		Patches.put(json, "name", this.name);
		Patches.put(json, "description", this.description);
		Patches.put(json, "verification_level", this.verificationLevel);
		Patches.put(json, "default_message_notifications", this.defaultMessageNotifications);
		Patches.put(json, "explicit_content_filter", this.explicitContentFilter);
		Patches.put(json, "afk_channel_id", this.afkChannelId.map(Checks::json));
		Patches.put(json, "afk_timeout", this.afkTimeout);
		Patches.put(json, "system_channel_id", this.systemChannelId.map(Checks::json));
		Patches.put(json, "preferred_locale", this.preferredLocale);
		Patches.put(json, "premium_progress_bar_enabled", this.premiumProgressBarEnabled);
		return json;
	}

	/** Builds a {@link GuildEdit}; fields not called stay absent; {@link #build()} checks the values. */
	public static final class Builder {

		private Patch<String> name = Patch.absent();

		private Patch<String> description = Patch.absent();

		private Patch<Integer> verificationLevel = Patch.absent();

		private Patch<Integer> defaultMessageNotifications = Patch.absent();

		private Patch<Integer> explicitContentFilter = Patch.absent();

		private Patch<Snowflake> afkChannelId = Patch.absent();

		private Patch<Integer> afkTimeout = Patch.absent();

		private Patch<Snowflake> systemChannelId = Patch.absent();

		private Patch<String> preferredLocale = Patch.absent();

		private Patch<Boolean> premiumProgressBarEnabled = Patch.absent();

		private Builder() {
		}

		/** Rename. @param name 2 to 100 characters @return this builder */
		public Builder name(String name) {
			this.name = Patch.of(name);
			return this;
		}

		/** Set the description. @param description the text; {@code null} clears it @return this builder */
		public Builder description(String description) {
			this.description = Patch.of(description);
			return this;
		}

		/** Set the verification level. @param level 0 to 4 @return this builder */
		public Builder verificationLevel(int level) {
			this.verificationLevel = Patch.of(level);
			return this;
		}

		/** Set the default notifications. @param level 0 or 1 @return this builder */
		public Builder defaultMessageNotifications(int level) {
			this.defaultMessageNotifications = Patch.of(level);
			return this;
		}

		/** Set the explicit content filter. @param level 0 to 2 @return this builder */
		public Builder explicitContentFilter(int level) {
			this.explicitContentFilter = Patch.of(level);
			return this;
		}

		/** Set the AFK channel. @param channelId a voice channel; {@code null} clears it @return this builder */
		public Builder afkChannelId(Snowflake channelId) {
			this.afkChannelId = Patch.of(channelId);
			return this;
		}

		/** Set the AFK timeout. @param seconds 60, 300, 900, 1800 or 3600 @return this builder */
		public Builder afkTimeout(int seconds) {
			this.afkTimeout = Patch.of(seconds);
			return this;
		}

		/** Set the system channel. @param channelId a text channel; {@code null} clears it @return this builder */
		public Builder systemChannelId(Snowflake channelId) {
			this.systemChannelId = Patch.of(channelId);
			return this;
		}

		/** Set the preferred locale. @param locale e.g. {@code en-US} @return this builder */
		public Builder preferredLocale(String locale) {
			this.preferredLocale = Patch.of(locale);
			return this;
		}

		/** Show or hide the boost progress bar. @param enabled whether @return this builder */
		public Builder premiumProgressBarEnabled(boolean enabled) {
			this.premiumProgressBarEnabled = Patch.of(enabled);
			return this;
		}

		/**
		 * Build and check.
		 * @return the edit
		 * @throws IllegalArgumentException naming the field at fault
		 */
		public GuildEdit build() {
			return new GuildEdit(this.name, this.description, this.verificationLevel,
					this.defaultMessageNotifications, this.explicitContentFilter, this.afkChannelId, this.afkTimeout,
					this.systemChannelId, this.preferredLocale, this.premiumProgressBarEnabled);
		}

	}

}
