package dev.serenity.rest.api;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A new channel invite: the body of {@code POST /channels/{channel.id}/invites}. Without {@code unique}, Discord may
 * answer an existing invite with the same settings instead of a new one.
 *
 * <pre>{@code
 * InviteCreate.DEFAULT;                                   // 24 hours, unlimited uses
 * InviteCreate.builder().maxAge(Duration.ofHours(1)).maxUses(1).unique(true).build();
 * }</pre>
 *
 * @param maxAge the lifetime in seconds, 0 (forever) to {@value #MAX_AGE_SECONDS}; {@code null} for
 * {@value #DEFAULT_MAX_AGE_SECONDS}
 * @param maxUses how often it can be used, 0 (unlimited) to {@value #MAX_USES}; {@code null} for unlimited
 * @param temporary whether it grants temporary membership
 * @param unique whether to always create a new invite
 */
public record InviteCreate(Integer maxAge, Integer maxUses, boolean temporary, boolean unique) {

	/** Lifetime Discord gives an invite without {@code max_age}, in seconds (24 hours). */
	public static final int DEFAULT_MAX_AGE_SECONDS = 86400;

	/** Longest lifetime, in seconds (7 days). */
	public static final int MAX_AGE_SECONDS = 604800;

	/** Most uses an invite may be limited to. */
	public static final int MAX_USES = 100;

	/** Discord's defaults: 24 hours, unlimited uses, permanent membership, reuse allowed. */
	public static final InviteCreate DEFAULT = new InviteCreate(null, null, false, false);

	/**
	 * Create an invite request.
	 * @throws IllegalArgumentException naming the field of a bad value
	 */
	public InviteCreate {
		ChannelChecks.range("maxAge", maxAge, 0, MAX_AGE_SECONDS);
		ChannelChecks.range("maxUses", maxUses, 0, MAX_USES);
	}

	/**
	 * Return a builder starting from the defaults.
	 * @return the builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	Map<String, Object> toJson() {
		Map<String, Object> json = new LinkedHashMap<>();
		if (this.maxAge != null) {
			json.put("max_age", this.maxAge);
		}
		if (this.maxUses != null) {
			json.put("max_uses", this.maxUses);
		}
		if (this.temporary) {
			json.put("temporary", true);
		}
		if (this.unique) {
			json.put("unique", true);
		}
		return json;
	}

	/** Builds an {@link InviteCreate}; {@link #build()} checks the values. */
	public static final class Builder {

		private Integer maxAge;

		private Integer maxUses;

		private boolean temporary;

		private boolean unique;

		private Builder() {
		}

		/**
		 * Set the lifetime.
		 * @param maxAge whole seconds, zero for forever, at most 7 days
		 * @return this builder
		 */
		public Builder maxAge(Duration maxAge) {
			long seconds = ChannelChecks.require("maxAge", maxAge).toSeconds();
			this.maxAge = (int) Math.min(Integer.MAX_VALUE, Math.max(Integer.MIN_VALUE, seconds));
			return this;
		}

		public Builder maxUses(int maxUses) {
			this.maxUses = maxUses;
			return this;
		}

		public Builder temporary(boolean temporary) {
			this.temporary = temporary;
			return this;
		}

		public Builder unique(boolean unique) {
			this.unique = unique;
			return this;
		}

		/**
		 * Build the request.
		 * @return the request
		 * @throws IllegalArgumentException naming the field of a bad value
		 */
		public InviteCreate build() {
			return new InviteCreate(this.maxAge, this.maxUses, this.temporary, this.unique);
		}

	}

}
