package dev.serenity.event;

import java.util.List;

import dev.serenity.model.Copies;
import dev.serenity.model.PartialApplication;
import dev.serenity.model.UnavailableGuild;
import dev.serenity.model.User;

/**
 * READY: the shard identified. Every guild listed arrives later as a GUILD_CREATE. The other fields Discord sends
 * ({@code _trace}, {@code private_channels}, {@code presences}, ...) are ignored. Lists are never {@code null}.
 *
 * @param v the gateway version
 * @param user the bot's user
 * @param guilds the guilds the bot is in, all unavailable for now
 * @param sessionId the session, for resuming
 * @param resumeGatewayUrl the URL to resume on
 * @param shard the shard id and count, {@code [shard_id, num_shards]}; empty when not sharded
 * @param application the bot's application: its {@code id} and {@code flags}
 */
public record ReadyEvent(int v, User user, List<UnavailableGuild> guilds, String sessionId, String resumeGatewayUrl,
		List<Integer> shard, PartialApplication application) implements DiscordEvent {

	/**
	 * Create the event.
	 */
	public ReadyEvent {
		guilds = Copies.list(guilds);
		shard = Copies.list(shard);
	}

	/**
	 * Return the shard this session is for.
	 * @return the shard id, or 0 when {@code shard} is absent
	 */
	public int shardId() {
		return (this.shard.size() == 2) ? this.shard.get(0) : 0;
	}

	/**
	 * Return the number of shards.
	 * @return the shard count, or 1 when {@code shard} is absent
	 */
	public int shardCount() {
		return (this.shard.size() == 2) ? this.shard.get(1) : 1;
	}

	/**
	 * Print the event without the guild list, which can hold thousands of entries.
	 * @return a description naming the user, session, shard and number of guilds
	 */
	@Override
	public String toString() {
		return "ReadyEvent[v=" + this.v + ", user=" + ((this.user != null) ? this.user.id() : null) + ", sessionId="
				+ this.sessionId + ", shard=" + this.shard + ", guilds=" + this.guilds.size() + "]";
	}

}
