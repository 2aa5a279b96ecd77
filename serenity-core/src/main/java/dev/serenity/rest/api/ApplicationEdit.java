package dev.serenity.rest.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.serenity.model.Application;

/**
 * A change of the current application: the body of {@code PATCH /applications/@me}. Every field is a
 * {@link Patch}: absent fields keep their value, cleared ones are reset.
 *
 * @param description the description, at most {@value #MAX_DESCRIPTION_LENGTH} characters
 * @param interactionsEndpointUrl where Discord sends interactions instead of the gateway (Discord checks it)
 * @param roleConnectionsVerificationUrl the role connection verification URL
 * @param customInstallUrl the custom authorization URL
 * @param tags up to {@value #MAX_TAGS} tags of at most {@value #MAX_TAG_LENGTH} characters
 * @param flags the limited intent flags ({@link #SETTABLE_FLAGS} only); cannot be cleared
 * @param icon the icon
 * @param coverImage the rich presence invite cover
 */
public record ApplicationEdit(Patch<String> description, Patch<String> interactionsEndpointUrl,
		Patch<String> roleConnectionsVerificationUrl, Patch<String> customInstallUrl, Patch<List<String>> tags,
		Patch<Integer> flags, Patch<ImageData> icon, Patch<ImageData> coverImage) {

	/** Longest description. */
	public static final int MAX_DESCRIPTION_LENGTH = 400;

	/** Most tags. */
	public static final int MAX_TAGS = 5;

	/** Longest tag. */
	public static final int MAX_TAG_LENGTH = 20;

	/** The only flags the API may change: the limited gateway intents. */
	public static final int SETTABLE_FLAGS = Application.GATEWAY_PRESENCE_LIMITED
			| Application.GATEWAY_GUILD_MEMBERS_LIMITED | Application.GATEWAY_MESSAGE_CONTENT_LIMITED;

	/**
	 * Create a change; {@code null} patches are absent.
	 * @throws IllegalArgumentException naming the field for a description too long, too many or bad tags, flags
	 * other than the limited intents, a URL that is not http(s), or a change that changes nothing
	 */
	public ApplicationEdit {
		description = Patches.orAbsent(description);
		interactionsEndpointUrl = url("interactionsEndpointUrl", Patches.orAbsent(interactionsEndpointUrl));
		roleConnectionsVerificationUrl = url("roleConnectionsVerificationUrl",
				Patches.orAbsent(roleConnectionsVerificationUrl));
		customInstallUrl = url("customInstallUrl", Patches.orAbsent(customInstallUrl));
		tags = Patches.orAbsent(tags).map((list) -> Checks.list("tags", list, MAX_TAGS));
		flags = Patches.orAbsent(flags);
		icon = Patches.orAbsent(icon);
		coverImage = Patches.orAbsent(coverImage);
		Checks.content("description", description.value(), MAX_DESCRIPTION_LENGTH);
		if (tags.value() != null) {
			for (int i = 0; i < tags.value().size(); i++) {
				String tag = tags.value().get(i);
				if (tag.isBlank() || tag.length() > MAX_TAG_LENGTH) {
					throw new IllegalArgumentException("'tags[" + i + "]' must have 1 to " + MAX_TAG_LENGTH
							+ " characters but has " + tag.length());
				}
			}
		}
		if (flags.cleared()) {
			throw new IllegalArgumentException("'flags' cannot be cleared");
		}
		if (flags.value() != null && (flags.value() & ~SETTABLE_FLAGS) != 0) {
			throw new IllegalArgumentException("'flags' may only hold GATEWAY_PRESENCE_LIMITED, "
					+ "GATEWAY_GUILD_MEMBERS_LIMITED and GATEWAY_MESSAGE_CONTENT_LIMITED but was " + flags.value());
		}
		if (!description.present() && !interactionsEndpointUrl.present() && !roleConnectionsVerificationUrl.present()
				&& !customInstallUrl.present() && !tags.present() && !flags.present() && !icon.present()
				&& !coverImage.present()) {
			throw new IllegalArgumentException("At least one field must be given: nothing changes");
		}
	}

	/**
	 * Start a builder with every field absent.
	 * @return the builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	private static Patch<String> url(String field, Patch<String> url) {
		String value = url.value();
		if (value != null && !value.startsWith("https://") && !value.startsWith("http://")) {
			throw new IllegalArgumentException("'" + field + "' must be an http(s) URL but was '" + value + "'");
		}
		return url;
	}

	Map<String, Object> toJson() {
		Map<String, Object> json = new LinkedHashMap<>();
		Patches.put(json, "description", this.description);
		Patches.put(json, "interactions_endpoint_url", this.interactionsEndpointUrl);
		Patches.put(json, "role_connections_verification_url", this.roleConnectionsVerificationUrl);
		Patches.put(json, "custom_install_url", this.customInstallUrl);
		Patches.put(json, "tags", this.tags);
		Patches.put(json, "flags", this.flags);
		Patches.put(json, "icon", this.icon.map(ImageData::toDataUri));
		Patches.put(json, "cover_image", this.coverImage.map(ImageData::toDataUri));
		return json;
	}

	/** Builds an {@link ApplicationEdit}; {@link #build()} checks the values. */
	public static final class Builder {

		private Patch<String> description = Patch.absent();

		private Patch<String> interactionsEndpointUrl = Patch.absent();

		private Patch<String> roleConnectionsVerificationUrl = Patch.absent();

		private Patch<String> customInstallUrl = Patch.absent();

		private Patch<List<String>> tags = Patch.absent();

		private Patch<Integer> flags = Patch.absent();

		private Patch<ImageData> icon = Patch.absent();

		private Patch<ImageData> coverImage = Patch.absent();

		private Builder() {
		}

		/** Set or clear the description. @param description the patch @return this builder */
		public Builder description(Patch<String> description) {
			this.description = description;
			return this;
		}

		/** Set or clear the interactions endpoint. @param url the patch @return this builder */
		public Builder interactionsEndpointUrl(Patch<String> url) {
			this.interactionsEndpointUrl = url;
			return this;
		}

		/** Set or clear the role connections verification URL. @param url the patch @return this builder */
		public Builder roleConnectionsVerificationUrl(Patch<String> url) {
			this.roleConnectionsVerificationUrl = url;
			return this;
		}

		/** Set or clear the custom install URL. @param url the patch @return this builder */
		public Builder customInstallUrl(Patch<String> url) {
			this.customInstallUrl = url;
			return this;
		}

		/** Set or clear the tags. @param tags the patch @return this builder */
		public Builder tags(Patch<List<String>> tags) {
			this.tags = tags;
			return this;
		}

		/** Set the limited intent flags. @param flags the flags @return this builder */
		public Builder flags(int flags) {
			this.flags = Patch.of(flags);
			return this;
		}

		/** Set or clear the icon. @param icon the patch @return this builder */
		public Builder icon(Patch<ImageData> icon) {
			this.icon = icon;
			return this;
		}

		/** Set or clear the cover image. @param coverImage the patch @return this builder */
		public Builder coverImage(Patch<ImageData> coverImage) {
			this.coverImage = coverImage;
			return this;
		}

		/**
		 * Build and check.
		 * @return the change
		 */
		public ApplicationEdit build() {
			return new ApplicationEdit(this.description, this.interactionsEndpointUrl,
					this.roleConnectionsVerificationUrl, this.customInstallUrl, this.tags, this.flags, this.icon,
					this.coverImage);
		}

	}

}
