package dev.serenity.simulator.world;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * The webhooks of the world, and who (which webhook, under which name and avatar) sent the messages webhooks
 * executed.
 */
public final class WebhookStore {

	private final Map<Long, SimWebhook> webhooks = new ConcurrentHashMap<>();

	private final Map<Long, WebhookAuthor> authors = new ConcurrentHashMap<>();

	/**
	 * Store a new webhook unless its channel has {@code max} already.
	 * @param webhook the webhook
	 * @param max most webhooks of one channel
	 * @return whether it was stored
	 */
	public synchronized boolean create(SimWebhook webhook, int max) {
		if (inChannel(webhook.channelId()).size() >= max) {
			return false;
		}
		this.webhooks.put(webhook.id(), webhook);
		return true;
	}

	/**
	 * Return a webhook.
	 * @param id the webhook
	 * @return the webhook, if it exists
	 */
	public Optional<SimWebhook> find(long id) {
		return Optional.ofNullable(this.webhooks.get(id));
	}

	/**
	 * Change a webhook atomically.
	 * @param id the webhook
	 * @param change computes the new webhook
	 * @return the changed webhook
	 * @throws UnknownEntityException when there is no such webhook
	 */
	public SimWebhook update(long id, UnaryOperator<SimWebhook> change) {
		SimWebhook updated = this.webhooks.computeIfPresent(id, (key, webhook) -> change.apply(webhook));
		if (updated == null) {
			throw new UnknownEntityException("webhook", id);
		}
		return updated;
	}

	/**
	 * Forget a webhook (the messages it sent keep their author).
	 * @param id the webhook
	 * @return the removed webhook, if it existed
	 */
	public Optional<SimWebhook> remove(long id) {
		return Optional.ofNullable(this.webhooks.remove(id));
	}

	/**
	 * Return the webhooks of a channel, oldest first.
	 * @param channelId the channel
	 * @return its webhooks
	 */
	public List<SimWebhook> inChannel(long channelId) {
		return sorted(this.webhooks.values().stream().filter((webhook) -> webhook.channelId() == channelId).toList());
	}

	/**
	 * Return the webhooks of a guild, oldest first.
	 * @param guildId the guild
	 * @return its webhooks
	 */
	public List<SimWebhook> inGuild(long guildId) {
		return sorted(this.webhooks.values().stream().filter((webhook) -> webhook.guildId() == guildId).toList());
	}

	/**
	 * Remember who sent a message a webhook executed.
	 * @param messageId the message
	 * @param author its author
	 */
	public void author(long messageId, WebhookAuthor author) {
		this.authors.put(messageId, author);
	}

	/**
	 * Return who sent a message, if a webhook did.
	 * @param messageId the message
	 * @return the webhook author, or empty for a user's message
	 */
	public Optional<WebhookAuthor> author(long messageId) {
		return Optional.ofNullable(this.authors.get(messageId));
	}

	private static List<SimWebhook> sorted(List<SimWebhook> webhooks) {
		List<SimWebhook> list = new ArrayList<>(webhooks);
		list.sort(Comparator.comparingLong(SimWebhook::id));
		return list;
	}

	/**
	 * The author of a message a webhook sent: the webhook, under the name and avatar of that message.
	 *
	 * @param webhookId the webhook
	 * @param username the name shown
	 * @param avatar the avatar hash shown, or {@code null}
	 */
	public record WebhookAuthor(long webhookId, String username, String avatar) {
	}

}
