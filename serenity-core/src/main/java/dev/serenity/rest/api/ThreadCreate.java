package dev.serenity.rest.api;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.serenity.model.ChannelType;

/**
 * A new thread: the body of {@code POST /channels/{channel.id}/threads} and (without {@code type} and
 * {@code invitable}) of {@code POST /channels/{channel.id}/messages/{message.id}/threads}.
 *
 * <pre>{@code
 * ThreadCreate.named("Discussion");                                            // from a message
 * ThreadCreate.builder("Staff").type(ChannelType.PRIVATE_THREAD).invitable(false).build();
 * }</pre>
 *
 * @param name the name, 1 to 100 characters
 * @param autoArchiveDuration minutes of inactivity before archiving: 60, 1440, 4320 or 10080; {@code null} for the
 * channel's default
 * @param rateLimitPerUser the slowmode in seconds, 0 to 21600, or {@code null}
 * @param type {@link ChannelType#PUBLIC_THREAD}, {@link ChannelType#PRIVATE_THREAD} or
 * {@link ChannelType#ANNOUNCEMENT_THREAD}; {@code null} lets Discord choose (a private thread in a text channel);
 * ignored when starting from a message
 * @param invitable whether non-moderators can add others to a private thread, or {@code null}
 */
public record ThreadCreate(String name, Integer autoArchiveDuration, Integer rateLimitPerUser, ChannelType type,
		Boolean invitable) {

	/**
	 * Create a new thread's request.
	 * @throws IllegalArgumentException naming the field of a bad value
	 */
	public ThreadCreate {
		ChannelChecks.name("name", name);
		ChannelChecks.autoArchiveDuration("autoArchiveDuration", autoArchiveDuration);
		ChannelChecks.range("rateLimitPerUser", rateLimitPerUser, 0, ChannelChecks.MAX_RATE_LIMIT_PER_USER);
		if (type != null && type != ChannelType.PUBLIC_THREAD && type != ChannelType.PRIVATE_THREAD
				&& type != ChannelType.ANNOUNCEMENT_THREAD) {
			throw new IllegalArgumentException("'type' must be a thread type but was " + type);
		}
	}

	/**
	 * Return a request with only a name.
	 * @param name the name
	 * @return the request
	 */
	public static ThreadCreate named(String name) {
		return new ThreadCreate(name, null, null, null, null);
	}

	/**
	 * Return a builder.
	 * @param name the name, 1 to 100 characters
	 * @return the builder
	 */
	public static Builder builder(String name) {
		return new Builder(name);
	}

	Map<String, Object> toJson(boolean fromMessage) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("name", this.name);
		if (this.autoArchiveDuration != null) {
			json.put("auto_archive_duration", this.autoArchiveDuration);
		}
		if (this.rateLimitPerUser != null) {
			json.put("rate_limit_per_user", this.rateLimitPerUser);
		}
		if (!fromMessage && this.type != null) {
			json.put("type", this.type.value());
		}
		if (!fromMessage && this.invitable != null) {
			json.put("invitable", this.invitable);
		}
		return json;
	}

	/** Builds a {@link ThreadCreate}; {@link #build()} checks the values. */
	public static final class Builder {

		private final String name;

		private Integer autoArchiveDuration;

		private Integer rateLimitPerUser;

		private ChannelType type;

		private Boolean invitable;

		private Builder(String name) {
			this.name = name;
		}

		public Builder autoArchiveDuration(int minutes) {
			this.autoArchiveDuration = minutes;
			return this;
		}

		public Builder rateLimitPerUser(int seconds) {
			this.rateLimitPerUser = seconds;
			return this;
		}

		public Builder type(ChannelType type) {
			this.type = type;
			return this;
		}

		public Builder invitable(boolean invitable) {
			this.invitable = invitable;
			return this;
		}

		/**
		 * Build the request.
		 * @return the request
		 * @throws IllegalArgumentException naming the field of a bad value
		 */
		public ThreadCreate build() {
			return new ThreadCreate(this.name, this.autoArchiveDuration, this.rateLimitPerUser, this.type,
					this.invitable);
		}

	}

}
