package dev.serenity.rest.api;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.serenity.model.Snowflake;

/**
 * Which mentions of a message notify: Discord's {@code allowed_mentions}. Without it Discord parses every mention in
 * the content; with it only what it allows.
 *
 * <pre>{@code
 * AllowedMentions.none();                                             // nobody is pinged
 * AllowedMentions.builder().parse(MentionType.USERS).repliedUser(false).build();
 * AllowedMentions.builder().users(List.of(aliceId)).build();         // only Alice
 * }</pre>
 *
 * @param parse the kinds of mention parsed from the content, never {@code null}
 * @param users the users that may be mentioned, at most {@value #MAX_IDS}, never {@code null}
 * @param roles the roles that may be mentioned, at most {@value #MAX_IDS}, never {@code null}
 * @param repliedUser whether a reply mentions the author of the message replied to; {@code null} for Discord's
 * default ({@code false} when {@code allowed_mentions} is given)
 */
public record AllowedMentions(Set<MentionType> parse, List<Snowflake> users, List<Snowflake> roles,
		Boolean repliedUser) {

	/** Most users, and most roles, that may be listed. */
	public static final int MAX_IDS = 100;

	/**
	 * Create allowed mentions.
	 * @throws IllegalArgumentException naming the field when more than {@value #MAX_IDS} users or roles are listed,
	 * an id is invalid or repeated, or {@code parse} holds {@link MentionType#USERS} (or {@link MentionType#ROLES})
	 * while users (or roles) are listed
	 */
	public AllowedMentions {
		parse = (parse == null || parse.isEmpty()) ? Set.of() : Set.copyOf(EnumSet.copyOf(parse));
		users = Checks.ids("allowedMentions.users", users, MAX_IDS);
		roles = Checks.ids("allowedMentions.roles", roles, MAX_IDS);
		if (parse.contains(MentionType.USERS) && !users.isEmpty()) {
			throw new IllegalArgumentException("'allowedMentions.parse' must not hold USERS when "
					+ "'allowedMentions.users' lists users (Discord rejects both)");
		}
		if (parse.contains(MentionType.ROLES) && !roles.isEmpty()) {
			throw new IllegalArgumentException("'allowedMentions.parse' must not hold ROLES when "
					+ "'allowedMentions.roles' lists roles (Discord rejects both)");
		}
	}

	/**
	 * Return allowed mentions under which nothing notifies, not even the author of a replied-to message.
	 * @return the allowed mentions
	 */
	public static AllowedMentions none() {
		return new AllowedMentions(Set.of(), List.of(), List.of(), false);
	}

	/**
	 * Return allowed mentions under which every mention in the content notifies.
	 * @return the allowed mentions
	 */
	public static AllowedMentions all() {
		return new AllowedMentions(EnumSet.allOf(MentionType.class), List.of(), List.of(), true);
	}

	/**
	 * Start a builder that allows nothing.
	 * @return the builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Return the JSON object Discord expects.
	 * @return the object, as a map
	 */
	Map<String, Object> toJson() {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("parse", this.parse.stream().sorted().map(MentionType::json).toList());
		if (!this.users.isEmpty()) {
			json.put("users", Checks.json(this.users));
		}
		if (!this.roles.isEmpty()) {
			json.put("roles", Checks.json(this.roles));
		}
		if (this.repliedUser != null) {
			json.put("replied_user", this.repliedUser);
		}
		return json;
	}

	/** A kind of mention Discord parses from the content. */
	public enum MentionType {

		/** Role mentions, {@code <@&id>}. */
		ROLES,

		/** User mentions, {@code <@id>}. */
		USERS,

		/** {@code @everyone} and {@code @here}. */
		EVERYONE;

		String json() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	/** Builds {@link AllowedMentions}; {@link #build()} checks the values. */
	public static final class Builder {

		private final Set<MentionType> parse = EnumSet.noneOf(MentionType.class);

		private List<Snowflake> users = List.of();

		private List<Snowflake> roles = List.of();

		private Boolean repliedUser;

		private Builder() {
		}

		/**
		 * Parse these kinds of mention from the content (added to those given before).
		 * @param types the kinds
		 * @return this builder
		 */
		public Builder parse(MentionType... types) {
			this.parse.addAll(List.of(types));
			return this;
		}

		/**
		 * Allow mentions of these users.
		 * @param users the users
		 * @return this builder
		 */
		public Builder users(List<Snowflake> users) {
			this.users = users;
			return this;
		}

		/**
		 * Allow mentions of these roles.
		 * @param roles the roles
		 * @return this builder
		 */
		public Builder roles(List<Snowflake> roles) {
			this.roles = roles;
			return this;
		}

		/**
		 * Set whether a reply mentions the author of the message replied to.
		 * @param repliedUser whether it does
		 * @return this builder
		 */
		public Builder repliedUser(boolean repliedUser) {
			this.repliedUser = repliedUser;
			return this;
		}

		/**
		 * Build and check.
		 * @return the allowed mentions
		 * @throws IllegalArgumentException naming the field at fault
		 */
		public AllowedMentions build() {
			return new AllowedMentions(this.parse, this.users, this.roles, this.repliedUser);
		}

	}

}
