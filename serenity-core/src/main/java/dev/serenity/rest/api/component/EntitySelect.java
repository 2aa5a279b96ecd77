package dev.serenity.rest.api.component;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.serenity.model.ChannelType;
import dev.serenity.model.ComponentType;
import dev.serenity.model.Snowflake;

/**
 * A select menu Discord fills with users, roles, both (mentionables) or channels.
 *
 * <pre>{@code
 * EntitySelect.channels("where", ChannelType.GUILD_TEXT).withValues(1, 3)
 * }</pre>
 *
 * @param type {@link ComponentType#USER_SELECT}, {@link ComponentType#ROLE_SELECT},
 * {@link ComponentType#MENTIONABLE_SELECT} or {@link ComponentType#CHANNEL_SELECT}
 * @param id the optional numeric id, or {@code null}
 * @param customId the id sent back in the interaction, at most {@value ComponentRules#MAX_CUSTOM_ID} characters
 * @param placeholder at most {@value ComponentRules#MAX_PLACEHOLDER} characters, or {@code null}
 * @param defaultValues the preselected entries (their number between the min and max values)
 * @param channelTypes the channel types offered by a channel select; empty for all
 * @param minValues the fewest choices, 0 to 25, or {@code null} for Discord's default (1)
 * @param maxValues the most choices, 1 to 25, or {@code null} for Discord's default (1)
 * @param required whether a choice is required in a modal, or {@code null} for the default
 * @param disabled whether the select is disabled (messages only)
 */
public record EntitySelect(ComponentType type, Integer id, String customId, String placeholder,
		List<DefaultValue> defaultValues, List<ChannelType> channelTypes, Integer minValues, Integer maxValues,
		Boolean required, boolean disabled) implements MessageComponent.RowChild, MessageComponent.LabelChild {

	/** The component types of entity selects. */
	public static final Set<ComponentType> TYPES = Set.of(ComponentType.USER_SELECT, ComponentType.ROLE_SELECT,
			ComponentType.MENTIONABLE_SELECT, ComponentType.CHANNEL_SELECT);

	/**
	 * Create a select.
	 */
	public EntitySelect {
		defaultValues = Json.copy(defaultValues);
		channelTypes = Json.copy(channelTypes);
	}

	/**
	 * Return a user select.
	 * @param customId the custom id
	 * @return the select
	 */
	public static EntitySelect users(String customId) {
		return new EntitySelect(ComponentType.USER_SELECT, null, customId, null, null, null, null, null, null, false);
	}

	/**
	 * Return a role select.
	 * @param customId the custom id
	 * @return the select
	 */
	public static EntitySelect roles(String customId) {
		return new EntitySelect(ComponentType.ROLE_SELECT, null, customId, null, null, null, null, null, null, false);
	}

	/**
	 * Return a select of users and roles.
	 * @param customId the custom id
	 * @return the select
	 */
	public static EntitySelect mentionables(String customId) {
		return new EntitySelect(ComponentType.MENTIONABLE_SELECT, null, customId, null, null, null, null, null, null,
				false);
	}

	/**
	 * Return a channel select.
	 * @param customId the custom id
	 * @param channelTypes the channel types offered; none for all
	 * @return the select
	 */
	public static EntitySelect channels(String customId, ChannelType... channelTypes) {
		return new EntitySelect(ComponentType.CHANNEL_SELECT, null, customId, null, null,
				Arrays.asList(channelTypes), null, null, null, false);
	}

	/**
	 * Return a copy with a placeholder.
	 * @param placeholder the placeholder
	 * @return the select
	 */
	public EntitySelect withPlaceholder(String placeholder) {
		return new EntitySelect(this.type, this.id, this.customId, placeholder, this.defaultValues, this.channelTypes,
				this.minValues, this.maxValues, this.required, this.disabled);
	}

	/**
	 * Return a copy with the number of choices.
	 * @param minValues the fewest choices
	 * @param maxValues the most choices
	 * @return the select
	 */
	public EntitySelect withValues(int minValues, int maxValues) {
		return new EntitySelect(this.type, this.id, this.customId, this.placeholder, this.defaultValues,
				this.channelTypes, minValues, maxValues, this.required, this.disabled);
	}

	/**
	 * Return a copy with preselected entries.
	 * @param defaultValues the entries
	 * @return the select
	 */
	public EntitySelect withDefaultValues(DefaultValue... defaultValues) {
		return new EntitySelect(this.type, this.id, this.customId, this.placeholder, Arrays.asList(defaultValues),
				this.channelTypes, this.minValues, this.maxValues, this.required, this.disabled);
	}

	@Override
	public Map<String, Object> toJson() {
		Map<String, Object> json = Json.start(this.type, this.id);
		json.put("custom_id", this.customId);
		Json.put(json, "placeholder", this.placeholder);
		if (!this.defaultValues.isEmpty()) {
			json.put("default_values", this.defaultValues.stream().map(DefaultValue::toJson).toList());
		}
		if (!this.channelTypes.isEmpty()) {
			List<Integer> types = new ArrayList<>();
			this.channelTypes.forEach((channelType) -> types.add(channelType.value()));
			json.put("channel_types", types);
		}
		Json.put(json, "min_values", this.minValues);
		Json.put(json, "max_values", this.maxValues);
		Json.put(json, "required", this.required);
		if (this.disabled) {
			json.put("disabled", true);
		}
		return json;
	}

	/**
	 * A preselected entry.
	 *
	 * @param id the user, role or channel
	 * @param type {@code user}, {@code role} or {@code channel}
	 */
	public record DefaultValue(Snowflake id, String type) {

		/**
		 * Return a preselected user.
		 * @param id the user
		 * @return the entry
		 */
		public static DefaultValue user(Snowflake id) {
			return new DefaultValue(id, "user");
		}

		/**
		 * Return a preselected role.
		 * @param id the role
		 * @return the entry
		 */
		public static DefaultValue role(Snowflake id) {
			return new DefaultValue(id, "role");
		}

		/**
		 * Return a preselected channel.
		 * @param id the channel
		 * @return the entry
		 */
		public static DefaultValue channel(Snowflake id) {
			return new DefaultValue(id, "channel");
		}

		Map<String, Object> toJson() {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("id", (this.id != null) ? Long.toString(this.id.value()) : null);
			json.put("type", this.type);
			return json;
		}

	}

}
