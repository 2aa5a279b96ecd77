package dev.serenity.rest.api;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A change of the bot's own user: the body of {@code PATCH /users/@me}. Absent fields keep their value; a cleared
 * avatar or banner is removed.
 *
 * <pre>{@code
 * users.modifyCurrentUser(CurrentUserEdit.builder().avatar(Patch.of(ImageData.png(bytes))).build());
 * }</pre>
 *
 * @param username the new username ({@value #MIN_USERNAME_LENGTH} to {@value #MAX_USERNAME_LENGTH} characters);
 * cannot be cleared
 * @param avatar the new avatar
 * @param banner the new banner
 */
public record CurrentUserEdit(Patch<String> username, Patch<ImageData> avatar, Patch<ImageData> banner) {

	/** Shortest username. */
	public static final int MIN_USERNAME_LENGTH = 2;

	/** Longest username. */
	public static final int MAX_USERNAME_LENGTH = 32;

	/**
	 * Create a change; {@code null} patches are absent.
	 * @throws IllegalArgumentException naming the field when the username is cleared, too short or too long, or
	 * nothing changes
	 */
	public CurrentUserEdit {
		username = (username != null) ? username : Patch.absent();
		avatar = (avatar != null) ? avatar : Patch.absent();
		banner = (banner != null) ? banner : Patch.absent();
		if (username.cleared()) {
			throw new IllegalArgumentException("'username' cannot be cleared");
		}
		if (username.value() != null) {
			String name = username.value().strip();
			int length = name.codePointCount(0, name.length());
			if (length < MIN_USERNAME_LENGTH || length > MAX_USERNAME_LENGTH) {
				throw new IllegalArgumentException("'username' must have " + MIN_USERNAME_LENGTH + " to "
						+ MAX_USERNAME_LENGTH + " characters but has " + length);
			}
		}
		if (!username.present() && !avatar.present() && !banner.present()) {
			throw new IllegalArgumentException("'username', 'avatar' or 'banner' must be given: nothing changes");
		}
	}

	/**
	 * Start a builder with every field absent.
	 * @return the builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	Map<String, Object> toJson() {
		Map<String, Object> json = new LinkedHashMap<>();
		if (this.username.present()) {
			json.put("username", this.username.value());
		}
		Patches.put(json, "avatar", this.avatar.map(ImageData::toDataUri));
		Patches.put(json, "banner", this.banner.map(ImageData::toDataUri));
		return json;
	}

	/** Builds a {@link CurrentUserEdit}; {@link #build()} checks the values. */
	public static final class Builder {

		private Patch<String> username = Patch.absent();

		private Patch<ImageData> avatar = Patch.absent();

		private Patch<ImageData> banner = Patch.absent();

		private Builder() {
		}

		/** Set the username. @param username the name @return this builder */
		public Builder username(String username) {
			this.username = Patch.of(username);
			return this;
		}

		/** Set or clear the avatar. @param avatar the patch @return this builder */
		public Builder avatar(Patch<ImageData> avatar) {
			this.avatar = avatar;
			return this;
		}

		/** Set or clear the banner. @param banner the patch @return this builder */
		public Builder banner(Patch<ImageData> banner) {
			this.banner = banner;
			return this;
		}

		/**
		 * Build and check.
		 * @return the change
		 */
		public CurrentUserEdit build() {
			return new CurrentUserEdit(this.username, this.avatar, this.banner);
		}

	}

}
