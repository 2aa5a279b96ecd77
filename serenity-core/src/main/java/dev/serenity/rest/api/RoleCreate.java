package dev.serenity.rest.api;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.serenity.model.Permissions;

/**
 * A new role: the body of {@code POST /guilds/{guild.id}/roles}. Every field is optional ({@code null} leaves it
 * to Discord's default: name {@code "new role"}, the permissions of {@code @everyone}, no colour); values are
 * checked when the request is created.
 *
 * <pre>{@code
 * RoleCreate.builder().name("Moderators").permissions(Permissions.of(Permission.KICK_MEMBERS)).hoist(true).build();
 * }</pre>
 *
 * <p>{@code icon} and {@code unicodeEmoji} need the guild feature {@code ROLE_ICONS}; a bot cannot grant permissions
 * it does not have.
 *
 * @param name the name, at most {@value #MAX_NAME_LENGTH} characters
 * @param permissions the permissions
 * @param color the colour as RGB, 0 to {@value #MAX_COLOR} (deprecated in favour of {@code colors})
 * @param colors the colours (primary and optional gradient colours)
 * @param hoist whether members are listed separately
 * @param icon the icon as a data URI ({@code data:image/png;base64,...})
 * @param unicodeEmoji the role's Unicode emoji
 * @param mentionable whether anyone may mention the role
 */
public record RoleCreate(String name, Permissions permissions, Integer color, Colors colors, Boolean hoist,
		String icon, String unicodeEmoji, Boolean mentionable) {

	/** Most characters of a role name. */
	public static final int MAX_NAME_LENGTH = 100;

	/** Largest RGB colour. */
	public static final int MAX_COLOR = 0xFFFFFF;

	/**
	 * Create a role request.
	 * @throws IllegalArgumentException naming the field when the name is too long or a colour out of range
	 */
	public RoleCreate {
		checkName(name);
		checkColor("color", color);
	}

	/**
	 * A role's colours: a primary colour, and a secondary (gradient) and tertiary (holographic) one, each RGB.
	 *
	 * @param primaryColor the main colour
	 * @param secondaryColor the second gradient colour, or {@code null}
	 * @param tertiaryColor the third colour, or {@code null}
	 */
	public record Colors(int primaryColor, Integer secondaryColor, Integer tertiaryColor) {

		/**
		 * Create colours.
		 * @throws IllegalArgumentException naming the colour out of range
		 */
		public Colors {
			checkColor("colors.primaryColor", primaryColor);
			checkColor("colors.secondaryColor", secondaryColor);
			checkColor("colors.tertiaryColor", tertiaryColor);
		}

		Map<String, Object> toJson() {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("primary_color", this.primaryColor);
			json.put("secondary_color", this.secondaryColor);
			json.put("tertiary_color", this.tertiaryColor);
			return json;
		}

	}

	static void checkName(String name) {
		Checks.content("name", name, MAX_NAME_LENGTH);
	}

	static void checkColor(String field, Integer color) {
		if (color != null && (color < 0 || color > MAX_COLOR)) {
			throw new IllegalArgumentException("'" + field + "' must be an RGB colour from 0 to " + MAX_COLOR
					+ " but was " + color);
		}
	}

	/**
	 * Create a request for a role with only a name.
	 * @param name the name
	 * @return the request
	 */
	public static RoleCreate named(String name) {
		return builder().name(name).build();
	}

	/**
	 * Start a builder in which every field is left to Discord.
	 * @return the builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	Map<String, Object> toJson() {
		Map<String, Object> json = new LinkedHashMap<>();
		putIfSet(json, "name", this.name);
		putIfSet(json, "permissions", (this.permissions != null) ? permissionsJson(this.permissions) : null);
		putIfSet(json, "color", this.color);
		putIfSet(json, "colors", (this.colors != null) ? this.colors.toJson() : null);
		putIfSet(json, "hoist", this.hoist);
		putIfSet(json, "icon", this.icon);
		putIfSet(json, "unicode_emoji", this.unicodeEmoji);
		putIfSet(json, "mentionable", this.mentionable);
		return json;
	}

	static String permissionsJson(Permissions permissions) {
		return Long.toUnsignedString(permissions.value());
	}

	private static void putIfSet(Map<String, Object> json, String name, Object value) {
		if (value != null) {
			json.put(name, value);
		}
	}

	/** Builds a {@link RoleCreate}; {@link #build()} checks the values. */
	public static final class Builder {

		private String name;

		private Permissions permissions;

		private Integer color;

		private Colors colors;

		private Boolean hoist;

		private String icon;

		private String unicodeEmoji;

		private Boolean mentionable;

		private Builder() {
		}

		/** Set the name. @param name at most 100 characters @return this builder */
		public Builder name(String name) {
			this.name = name;
			return this;
		}

		/** Set the permissions. @param permissions the permissions @return this builder */
		public Builder permissions(Permissions permissions) {
			this.permissions = permissions;
			return this;
		}

		/** Set the colour. @param color RGB @return this builder */
		public Builder color(int color) {
			this.color = color;
			return this;
		}

		/** Set the colours. @param colors the colours @return this builder */
		public Builder colors(Colors colors) {
			this.colors = colors;
			return this;
		}

		/** Set whether members are listed separately. @param hoist whether @return this builder */
		public Builder hoist(boolean hoist) {
			this.hoist = hoist;
			return this;
		}

		/** Set the icon. @param icon a data URI @return this builder */
		public Builder icon(String icon) {
			this.icon = icon;
			return this;
		}

		/** Set the Unicode emoji. @param unicodeEmoji the emoji @return this builder */
		public Builder unicodeEmoji(String unicodeEmoji) {
			this.unicodeEmoji = unicodeEmoji;
			return this;
		}

		/** Set whether anyone may mention the role. @param mentionable whether @return this builder */
		public Builder mentionable(boolean mentionable) {
			this.mentionable = mentionable;
			return this;
		}

		/**
		 * Build and check.
		 * @return the request
		 * @throws IllegalArgumentException naming the field at fault
		 */
		public RoleCreate build() {
			return new RoleCreate(this.name, this.permissions, this.color, this.colors, this.hoist, this.icon,
					this.unicodeEmoji, this.mentionable);
		}

	}

}
