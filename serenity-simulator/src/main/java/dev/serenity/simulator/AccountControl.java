package dev.serenity.simulator;

import java.util.function.UnaryOperator;

import dev.serenity.simulator.gateway.Dispatch;
import dev.serenity.simulator.gateway.Gateway;
import dev.serenity.simulator.world.SimGuild;
import dev.serenity.simulator.world.SimMessage;
import dev.serenity.simulator.world.SimUser;
import dev.serenity.simulator.world.SimWebhook;
import dev.serenity.simulator.world.UnknownEntityException;
import dev.serenity.simulator.world.WebhookStore;
import dev.serenity.simulator.world.World;
import dev.serenity.simulator.world.WorldJson;
import tools.jackson.databind.node.ObjectNode;

/**
 * Changes to users, guild memberships of the bot and webhooks, with the gateway events Discord sends for them:
 * USER_UPDATE, GUILD_DELETE and GUILD_MEMBER_REMOVE when the bot leaves, WEBHOOKS_UPDATE, and MESSAGE_CREATE for a
 * webhook's message. Reached through {@link SimulatorControl#accounts()}.
 */
public final class AccountControl {

	/** Most webhooks of one channel. */
	public static final int MAX_WEBHOOKS_PER_CHANNEL = 15;

	private final World world;

	private final WorldJson json;

	private final Gateway gateway;

	private final SimulatorControl control;

	AccountControl(World world, Gateway gateway, SimulatorControl control) {
		this.world = world;
		this.json = new WorldJson(world);
		this.gateway = gateway;
		this.control = control;
	}

	/**
	 * Change a user; for the bot, sends USER_UPDATE.
	 * @param userId the user
	 * @param change computes the new user
	 * @return the changed user
	 */
	public SimUser updateUser(long userId, UnaryOperator<SimUser> change) {
		SimUser user = this.world.updateUser(userId, change);
		if (userId == this.world.bot().id()) {
			this.gateway.dispatch(Dispatch.of("USER_UPDATE", 0, this.json.user(user)));
		}
		return user;
	}

	/**
	 * Make the bot leave a guild; sends GUILD_MEMBER_REMOVE, then GUILD_DELETE without {@code unavailable}.
	 * @param guildId the guild
	 * @return whether the bot was a member
	 */
	public boolean leaveGuild(long guildId) {
		SimGuild guild = this.world.guild(guildId);
		long botId = this.world.bot().id();
		if (!guild.members().containsKey(botId)) {
			return false;
		}
		this.control.removeMember(guildId, botId);
		ObjectNode data = WorldJson.object();
		data.put("id", WorldJson.id(guildId));
		this.gateway.dispatch(Dispatch.of("GUILD_DELETE", guildId, data));
		return true;
	}

	/**
	 * Create a webhook; sends WEBHOOKS_UPDATE.
	 * @param channelId the channel
	 * @param name the name
	 * @param avatar the avatar hash, or {@code null}
	 * @param creatorId who creates it
	 * @param token the secret token
	 * @return the webhook, or {@code null} when the channel has {@value #MAX_WEBHOOKS_PER_CHANNEL} already
	 */
	public SimWebhook createWebhook(long channelId, String name, String avatar, long creatorId, String token) {
		long guildId = this.world.channel(channelId).guildId();
		SimWebhook webhook = new SimWebhook(this.world.nextId(), guildId, channelId, name, avatar, token, creatorId);
		if (!this.world.webhooks().create(webhook, MAX_WEBHOOKS_PER_CHANNEL)) {
			return null;
		}
		webhooksUpdate(guildId, channelId);
		return webhook;
	}

	/**
	 * Change a webhook; sends WEBHOOKS_UPDATE for its channel (and for its old channel when it moved).
	 * @param webhookId the webhook
	 * @param change computes the new webhook
	 * @return the changed webhook
	 */
	public SimWebhook updateWebhook(long webhookId, UnaryOperator<SimWebhook> change) {
		SimWebhook before = this.world.webhooks()
			.find(webhookId)
			.orElseThrow(() -> new UnknownEntityException("webhook", webhookId));
		SimWebhook after = this.world.webhooks().update(webhookId, change);
		if (before.channelId() != after.channelId()) {
			webhooksUpdate(before.guildId(), before.channelId());
		}
		webhooksUpdate(after.guildId(), after.channelId());
		return after;
	}

	/**
	 * Delete a webhook; sends WEBHOOKS_UPDATE.
	 * @param webhookId the webhook
	 * @return whether it existed
	 */
	public boolean deleteWebhook(long webhookId) {
		return this.world.webhooks().remove(webhookId).map((webhook) -> {
			webhooksUpdate(webhook.guildId(), webhook.channelId());
			return true;
		}).orElse(false);
	}

	/**
	 * Post a message as a webhook; sends MESSAGE_CREATE. The message's author id is the webhook's id.
	 * @param webhook the webhook
	 * @param message the message, authored by the webhook's id
	 * @param username the name shown for this message
	 * @param avatar the avatar hash shown for this message, or {@code null}
	 */
	public void executeWebhook(SimWebhook webhook, SimMessage message, String username, String avatar) {
		this.world.webhooks().author(message.id(), new WebhookStore.WebhookAuthor(webhook.id(), username, avatar));
		this.control.publish(message);
	}

	private void webhooksUpdate(long guildId, long channelId) {
		ObjectNode data = WorldJson.object();
		data.put("guild_id", WorldJson.id(guildId));
		data.put("channel_id", WorldJson.id(channelId));
		this.gateway.dispatch(Dispatch.of("WEBHOOKS_UPDATE", guildId, data));
	}

}
