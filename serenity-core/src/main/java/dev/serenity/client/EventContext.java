package dev.serenity.client;

/**
 * Where an event came from, and what a listener may need to act on it.
 *
 * @param client the client
 * @param shardId the shard the event came on, or -1 for events of the client itself (e.g. REST rate-limit waits)
 * @param shardCount the shard count
 * @param sequence the dispatch's sequence number, or -1 for events the client creates itself
 */
public record EventContext(DiscordClient client, int shardId, int shardCount, long sequence) {

	/**
	 * Return the client's shared user data.
	 * @return the data given to the builder
	 */
	public UserData data() {
		return this.client.userData();
	}

}
