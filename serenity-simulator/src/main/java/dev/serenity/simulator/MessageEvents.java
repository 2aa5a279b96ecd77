package dev.serenity.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;

import dev.serenity.simulator.gateway.Dispatch;
import dev.serenity.simulator.gateway.Gateway;
import dev.serenity.simulator.world.SimMember;
import dev.serenity.simulator.world.SimMessage;
import dev.serenity.simulator.world.SimReaction;
import dev.serenity.simulator.world.SimReaction.Emoji;
import dev.serenity.simulator.world.UnknownEntityException;
import dev.serenity.simulator.world.World;
import dev.serenity.simulator.world.WorldJson;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Changes to stored messages and the gateway events Discord sends for them: MESSAGE_UPDATE, MESSAGE_DELETE,
 * MESSAGE_DELETE_BULK, CHANNEL_PINS_UPDATE and the MESSAGE_REACTION_* events. {@link SimulatorControl} exposes
 * them; REST routes call them after validating a request.
 */
final class MessageEvents {

	/** Most distinct emojis on one message. */
	static final int MAX_REACTION_EMOJIS = 20;

	private final World world;

	private final WorldJson json;

	private final Gateway gateway;

	MessageEvents(World world, Gateway gateway) {
		this.world = world;
		this.json = new WorldJson(world);
		this.gateway = gateway;
	}

	SimMessage message(long channelId, long messageId) {
		return this.world.findMessage(messageId)
			.filter((message) -> message.channelId() == channelId)
			.orElseThrow(() -> new UnknownEntityException("message", messageId));
	}

	void publish(SimMessage message) {
		this.world.storeMessage(message);
		this.gateway.dispatch(new Dispatch("MESSAGE_CREATE", message.guildId(), this.json.message(message, true),
				contentExempt(message)));
	}

	SimMessage edit(long channelId, long messageId, UnaryOperator<SimMessage> change) {
		message(channelId, messageId);
		SimMessage edited = this.world.updateMessage(messageId, change)
			.orElseThrow(() -> new UnknownEntityException("message", messageId));
		this.gateway.dispatch(new Dispatch("MESSAGE_UPDATE", edited.guildId(), this.json.message(edited, true),
				contentExempt(edited)));
		return edited;
	}

	private boolean contentExempt(SimMessage message) {
		return message.guildId() == 0 || message.authorId() == this.world.bot().id()
				|| message.mentions().contains(this.world.bot().id());
	}

	boolean delete(long channelId, long messageId) {
		Optional<SimMessage> found = this.world.findMessage(messageId)
			.filter((message) -> message.channelId() == channelId);
		if (found.isEmpty() || this.world.deleteMessage(messageId).isEmpty()) {
			return false;
		}
		ObjectNode data = WorldJson.object();
		data.put("id", WorldJson.id(messageId));
		data.put("channel_id", WorldJson.id(channelId));
		putGuild(data, found.get().guildId());
		this.gateway.dispatch(Dispatch.of("MESSAGE_DELETE", found.get().guildId(), data));
		return true;
	}

	List<Long> deleteAll(long channelId, Collection<Long> messageIds) {
		long guildId = this.world.channel(channelId).guildId();
		List<Long> deleted = new ArrayList<>();
		for (long id : messageIds) {
			if (this.world.findMessage(id).filter((message) -> message.channelId() == channelId).isPresent()
					&& this.world.deleteMessage(id).isPresent()) {
				deleted.add(id);
			}
		}
		if (!deleted.isEmpty()) {
			ObjectNode data = WorldJson.object();
			ArrayNode ids = data.putArray("ids");
			deleted.forEach((id) -> ids.add(WorldJson.id(id)));
			data.put("channel_id", WorldJson.id(channelId));
			putGuild(data, guildId);
			this.gateway.dispatch(Dispatch.of("MESSAGE_DELETE_BULK", guildId, data));
		}
		return deleted;
	}

	SimMessage pin(long userId, long channelId, long messageId) {
		this.world.user(userId);
		SimMessage current = message(channelId, messageId);
		if (current.pinned()) {
			return current;
		}
		Instant now = this.world.now();
		SimMessage pinned = this.world.updateMessage(messageId, (message) -> message.toBuilder().pinnedAt(now).build())
			.orElseThrow(() -> new UnknownEntityException("message", messageId));
		pinsUpdate(channelId, pinned.guildId());
		publish(SimMessage.builder(this.world.nextId(), channelId, pinned.guildId(), userId, now)
			.type(SimMessage.CHANNEL_PINNED_MESSAGE)
			.referencedMessageId(messageId)
			.build());
		return pinned;
	}

	SimMessage unpin(long channelId, long messageId) {
		SimMessage current = message(channelId, messageId);
		if (!current.pinned()) {
			return current;
		}
		SimMessage unpinned = this.world
			.updateMessage(messageId, (message) -> message.toBuilder().pinnedAt(null).build())
			.orElseThrow(() -> new UnknownEntityException("message", messageId));
		pinsUpdate(channelId, unpinned.guildId());
		return unpinned;
	}

	private void pinsUpdate(long channelId, long guildId) {
		ObjectNode data = WorldJson.object();
		putGuild(data, guildId);
		data.put("channel_id", WorldJson.id(channelId));
		Instant last = this.world.channelMessages(channelId)
			.stream()
			.map(SimMessage::pinnedAt)
			.filter((at) -> at != null)
			.max(Instant::compareTo)
			.orElse(null);
		data.put("last_pin_timestamp", (last != null) ? WorldJson.timestamp(last) : null);
		this.gateway.dispatch(Dispatch.of("CHANNEL_PINS_UPDATE", guildId, data));
	}

	boolean react(long userId, long channelId, long messageId, String emojiText) {
		Emoji emoji = Emoji.parse(emojiText);
		this.world.user(userId);
		message(channelId, messageId);
		AtomicBoolean added = new AtomicBoolean();
		SimMessage message = this.world.updateMessage(messageId, (current) -> {
			List<SimReaction> reactions = new ArrayList<>(current.reactions());
			int index = indexOf(reactions, emoji);
			if (index < 0) {
				if (reactions.size() >= MAX_REACTION_EMOJIS) {
					throw new IllegalStateException("Maximum number of reactions reached (" + MAX_REACTION_EMOJIS
							+ ")");
				}
				reactions.add(new SimReaction(emoji, List.of(userId)));
			}
			else if (!reactions.get(index).userIds().contains(userId)) {
				List<Long> users = new ArrayList<>(reactions.get(index).userIds());
				users.add(userId);
				reactions.set(index, new SimReaction(emoji, users));
			}
			else {
				return current;
			}
			added.set(true);
			return current.toBuilder().reactions(reactions).build();
		}).orElseThrow(() -> new UnknownEntityException("message", messageId));
		if (added.get()) {
			ObjectNode data = reactionEvent(userId, message, emoji);
			if (message.guildId() != 0) {
				SimMember member = this.world.guild(message.guildId()).members().get(userId);
				if (member != null) {
					data.set("member", this.json.member(member, true));
				}
			}
			data.put("message_author_id", WorldJson.id(message.authorId()));
			data.putArray("burst_colors");
			this.gateway.dispatch(Dispatch.of("MESSAGE_REACTION_ADD", message.guildId(), data));
		}
		return added.get();
	}

	boolean unreact(long userId, long channelId, long messageId, String emojiText) {
		Emoji emoji = Emoji.parse(emojiText);
		message(channelId, messageId);
		AtomicBoolean removed = new AtomicBoolean();
		SimMessage message = this.world.updateMessage(messageId, (current) -> {
			List<SimReaction> reactions = new ArrayList<>(current.reactions());
			int index = indexOf(reactions, emoji);
			if (index < 0 || !reactions.get(index).userIds().contains(userId)) {
				return current;
			}
			List<Long> users = new ArrayList<>(reactions.get(index).userIds());
			users.remove(userId);
			if (users.isEmpty()) {
				reactions.remove(index);
			}
			else {
				reactions.set(index, new SimReaction(emoji, users));
			}
			removed.set(true);
			return current.toBuilder().reactions(reactions).build();
		}).orElseThrow(() -> new UnknownEntityException("message", messageId));
		if (removed.get()) {
			this.gateway.dispatch(
					Dispatch.of("MESSAGE_REACTION_REMOVE", message.guildId(), reactionEvent(userId, message, emoji)));
		}
		return removed.get();
	}

	void clearReactions(long channelId, long messageId, String emojiText) {
		Emoji emoji = (emojiText != null) ? Emoji.parse(emojiText) : null;
		message(channelId, messageId);
		SimMessage message = this.world.updateMessage(messageId, (current) -> current.toBuilder()
			.reactions((emoji != null)
					? current.reactions().stream().filter((reaction) -> !reaction.emoji().equals(emoji)).toList()
					: List.of())
			.build()).orElseThrow(() -> new UnknownEntityException("message", messageId));
		ObjectNode data = WorldJson.object();
		data.put("channel_id", WorldJson.id(channelId));
		data.put("message_id", WorldJson.id(messageId));
		putGuild(data, message.guildId());
		if (emoji != null) {
			data.set("emoji", WorldJson.emoji(emoji));
		}
		this.gateway.dispatch(Dispatch.of((emoji != null) ? "MESSAGE_REACTION_REMOVE_EMOJI"
				: "MESSAGE_REACTION_REMOVE_ALL", message.guildId(), data));
	}

	private static int indexOf(List<SimReaction> reactions, Emoji emoji) {
		for (int i = 0; i < reactions.size(); i++) {
			if (reactions.get(i).emoji().equals(emoji)) {
				return i;
			}
		}
		return -1;
	}

	private static ObjectNode reactionEvent(long userId, SimMessage message, Emoji emoji) {
		ObjectNode data = WorldJson.object();
		data.put("user_id", WorldJson.id(userId));
		data.put("channel_id", WorldJson.id(message.channelId()));
		data.put("message_id", WorldJson.id(message.id()));
		putGuild(data, message.guildId());
		data.set("emoji", WorldJson.emoji(emoji));
		data.put("burst", false);
		data.put("type", 0);
		return data;
	}

	private static void putGuild(ObjectNode data, long guildId) {
		if (guildId != 0) {
			data.put("guild_id", WorldJson.id(guildId));
		}
	}

}
