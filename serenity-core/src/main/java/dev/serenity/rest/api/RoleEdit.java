package dev.serenity.rest.api;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.serenity.model.Permissions;

/**
 * A change to a role: the body of {@code PATCH /guilds/{guild.id}/roles/{role.id}}. Each field is a {@link Patch}:
 * absent fields keep their value, cleared ones are sent as {@code null} (Discord resets them). Values are checked as
 * in {@link RoleCreate}.
 *
 * <pre>{@code
 * RoleEdit.builder().name("Senior moderators").mentionable(true).build();
 * }</pre>
 *
 * @param name the new name, at most {@value RoleCreate#MAX_NAME_LENGTH} characters
 * @param permissions the new permissions
 * @param color the new colour
 * @param colors the new colours
 * @param hoist whether members are listed separately
 * @param icon the new icon as a data URI; cleared removes it
 * @param unicodeEmoji the new Unicode emoji; cleared removes it
 * @param mentionable whether anyone may mention the role
 */
public record RoleEdit(Patch<String> name, Patch<Permissions> permissions, Patch<Integer> color,
		Patch<RoleCreate.Colors> colors, Patch<Boolean> hoist, Patch<String> icon, Patch<String> unicodeEmoji,
		Patch<Boolean> mentionable) {

	/**
	 * Create an edit.
	 * @throws IllegalArgumentException naming the field when nothing changes or a value is out of range
	 */
	public RoleEdit {
		name = Patches.orAbsent(name);
		permissions = Patches.orAbsent(permissions);
		color = Patches.orAbsent(color);
		colors = Patches.orAbsent(colors);
		hoist = Patches.orAbsent(hoist);
		icon = Patches.orAbsent(icon);
		unicodeEmoji = Patches.orAbsent(unicodeEmoji);
		mentionable = Patches.orAbsent(mentionable);
		RoleCreate.checkName(name.value());
		RoleCreate.checkColor("color", color.value());
		Patches.requireChange("name", name, permissions, color, colors, hoist, icon, unicodeEmoji, mentionable);
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
		Patches.put(json, "permissions", this.permissions.map(RoleCreate::permissionsJson));
		Patches.put(json, "color", this.color);
		Patches.put(json, "colors", this.colors.map(RoleCreate.Colors::toJson));
		Patches.put(json, "hoist", this.hoist);
		Patches.put(json, "icon", this.icon);
		Patches.put(json, "unicode_emoji", this.unicodeEmoji);
		Patches.put(json, "mentionable", this.mentionable);
		return json;
	}

	/** Builds a {@link RoleEdit}; fields not called stay absent; {@link #build()} checks the values. */
	public static final class Builder {

		private Patch<String> name = Patch.absent();

		private Patch<Permissions> permissions = Patch.absent();

		private Patch<Integer> color = Patch.absent();

		private Patch<RoleCreate.Colors> colors = Patch.absent();

		private Patch<Boolean> hoist = Patch.absent();

		private Patch<String> icon = Patch.absent();

		private Patch<String> unicodeEmoji = Patch.absent();

		private Patch<Boolean> mentionable = Patch.absent();

		private Builder() {
		}

		/** Rename. @param name at most 100 characters @return this builder */
		public Builder name(String name) {
			this.name = Patch.of(name);
			return this;
		}

		/** Set the permissions. @param permissions the permissions @return this builder */
		public Builder permissions(Permissions permissions) {
			this.permissions = Patch.of(permissions);
			return this;
		}

		/** Set the colour. @param color RGB @return this builder */
		public Builder color(int color) {
			this.color = Patch.of(color);
			return this;
		}

		/** Set the colours. @param colors the colours; {@code null} clears them @return this builder */
		public Builder colors(RoleCreate.Colors colors) {
			this.colors = Patch.of(colors);
			return this;
		}

		/** Set whether members are listed separately. @param hoist whether @return this builder */
		public Builder hoist(boolean hoist) {
			this.hoist = Patch.of(hoist);
			return this;
		}

		/** Set the icon. @param icon a data URI; {@code null} removes it @return this builder */
		public Builder icon(String icon) {
			this.icon = Patch.of(icon);
			return this;
		}

		/** Set the Unicode emoji. @param unicodeEmoji the emoji; {@code null} removes it @return this builder */
		public Builder unicodeEmoji(String unicodeEmoji) {
			this.unicodeEmoji = Patch.of(unicodeEmoji);
			return this;
		}

		/** Set whether anyone may mention the role. @param mentionable whether @return this builder */
		public Builder mentionable(boolean mentionable) {
			this.mentionable = Patch.of(mentionable);
			return this;
		}

		/**
		 * Build and check.
		 * @return the edit
		 * @throws IllegalArgumentException naming the field at fault
		 */
		public RoleEdit build() {
			return new RoleEdit(this.name, this.permissions, this.color, this.colors, this.hoist, this.icon,
					this.unicodeEmoji, this.mentionable);
		}

	}

}
