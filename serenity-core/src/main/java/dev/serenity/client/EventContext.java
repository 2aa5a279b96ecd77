package dev.serenity.client;

import java.util.Optional;

/**
 * Where an event came from, and what a listener may need to act on it.
 *
 * @param client the client
 * @param shardId the shard the event came on, or -1 for events of the client itself (e.g. REST rate-limit waits)
 * @param shardCount the shard count
 * @param sequence the dispatch's sequence number, or -1 for events the client creates itself
 * @param before what the cache held before the event changed or removed it (the message before an edit, the
 * member before an update, ...), or {@code null}
 */
public record EventContext(DiscordClient client, int shardId, int shardCount, long sequence, Object before) {

	/**
	 * Create a context without a cached "before" state.
	 * @param client the client
	 * @param shardId the shard
	 * @param shardCount the shard count
	 * @param sequence the sequence number
	 */
	public EventContext(DiscordClient client, int shardId, int shardCount, long sequence) {
		this(client, shardId, shardCount, sequence, null);
	}

	/**
	 * Return the client's shared user data.
	 * @return the data given to the builder
	 */
	public UserData data() {
		return this.client.userData();
	}

	/**
	 * Return what the cache held before the event, when it had it and it is of the type asked for: e.g.
	 * {@code context.before(Message.class)} for a MESSAGE_UPDATE or MESSAGE_DELETE,
	 * {@code context.before(Member.class)} for a GUILD_MEMBER_UPDATE.
	 * @param type the type expected
	 * @param <T> the type
	 * @return the state before, if cached
	 */
	public <T> Optional<T> before(Class<T> type) {
		return type.isInstance(this.before) ? Optional.of(type.cast(this.before)) : Optional.empty();
	}

	EventContext withBefore(Object before) {
		return (before != null) ? new EventContext(this.client, this.shardId, this.shardCount, this.sequence, before)
				: this;
	}

}
