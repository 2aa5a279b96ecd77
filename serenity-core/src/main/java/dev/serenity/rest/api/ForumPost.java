package dev.serenity.rest.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.serenity.model.Snowflake;

/**
 * A new post of a forum or media channel: a thread and its first message, the body of
 * {@code POST /channels/{channel.id}/threads} on such a channel. The message part is a {@link MessageCreate} (its
 * files are uploaded with the post); replies, nonces and TTS do not apply to a post.
 *
 * <pre>{@code
 * new ForumPost("How do I ...?", MessageCreate.of("Details"));
 * }</pre>
 *
 * @param name the thread's name, 1 to 100 characters
 * @param message the first message
 * @param autoArchiveDuration 60, 1440, 4320 or 10080 minutes, or {@code null}
 * @param rateLimitPerUser the slowmode in seconds, 0 to 21600, or {@code null}
 * @param appliedTags the forum tags, at most {@value #MAX_APPLIED_TAGS}; never {@code null}
 */
public record ForumPost(String name, MessageCreate message, Integer autoArchiveDuration, Integer rateLimitPerUser,
		List<Snowflake> appliedTags) {

	/** Most tags a post may carry. */
	public static final int MAX_APPLIED_TAGS = 5;

	/**
	 * Create a post.
	 * @throws IllegalArgumentException naming the field of a bad value
	 */
	public ForumPost {
		ChannelChecks.name("name", name);
		ChannelChecks.require("message", message);
		if (message.messageReference() != null || message.nonce() != null || message.tts()) {
			throw new IllegalArgumentException("'message' of a forum post must not be a reply, have a nonce or be TTS");
		}
		ChannelChecks.autoArchiveDuration("autoArchiveDuration", autoArchiveDuration);
		ChannelChecks.range("rateLimitPerUser", rateLimitPerUser, 0, ChannelChecks.MAX_RATE_LIMIT_PER_USER);
		appliedTags = Checks.ids("appliedTags", appliedTags, MAX_APPLIED_TAGS);
	}

	/**
	 * Create a post with Discord's defaults.
	 * @param name the thread's name
	 * @param message the first message
	 */
	public ForumPost(String name, MessageCreate message) {
		this(name, message, null, null, List.of());
	}

	Map<String, Object> toJson() {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("name", this.name);
		if (this.autoArchiveDuration != null) {
			json.put("auto_archive_duration", this.autoArchiveDuration);
		}
		if (this.rateLimitPerUser != null) {
			json.put("rate_limit_per_user", this.rateLimitPerUser);
		}
		if (!this.appliedTags.isEmpty()) {
			json.put("applied_tags", Checks.json(this.appliedTags));
		}
		json.put("message", this.message.toJson());
		return json;
	}

}
