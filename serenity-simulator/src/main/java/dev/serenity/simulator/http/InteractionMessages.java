package dev.serenity.simulator.http;

import java.util.ArrayList;
import java.util.List;

import dev.serenity.simulator.world.SimAttachment;
import dev.serenity.simulator.world.SimChannel;
import dev.serenity.simulator.world.SimInteraction;
import dev.serenity.simulator.world.SimMessage;
import dev.serenity.simulator.world.World;
import dev.serenity.simulator.world.WorldJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The messages of interaction responses and follow-ups: built and edited with the checks of the message routes,
 * stored in the channel (MESSAGE_CREATE, MESSAGE_UPDATE, MESSAGE_DELETE) or, when ephemeral, only with the
 * interaction (no dispatch: only the invoking user sees them), and marked with {@code interaction_metadata},
 * {@code webhook_id} and {@code application_id}.
 */
final class InteractionMessages {

	/** Message flag: only the invoking user sees it. */
	static final int EPHEMERAL = 1 << 6;

	/** Message flag: a deferred response, the bot "is thinking". */
	static final int LOADING = 1 << 7;

	/** Message type of a slash command's response. */
	static final int CHAT_INPUT_COMMAND = 20;

	/** Message type of a context menu command's response. */
	static final int CONTEXT_MENU_COMMAND = 23;

	private static final int SENDABLE_FLAGS = MessagePayloads.SUPPRESS_EMBEDS | EPHEMERAL
			| MessagePayloads.SUPPRESS_NOTIFICATIONS | MessagePayloads.IS_COMPONENTS_V2;

	private final RestApi rest;

	private final World world;

	InteractionMessages(RestApi rest) {
		this.rest = rest;
		this.world = rest.world();
	}

	/**
	 * Build, store and announce a new interaction message.
	 * @param interaction the interaction
	 * @param data the message data (may be {@code null} for a deferred message)
	 * @param multipart the request, for files
	 * @param original whether it is the original response (else a follow-up)
	 * @param loading whether it is a deferred "thinking" message
	 * @param ephemeral whether it is ephemeral
	 * @return the message
	 */
	SimMessage create(SimInteraction interaction, JsonNode data, Multipart multipart, boolean original,
			boolean loading, boolean ephemeral) {
		SimChannel channel = this.world.channel(interaction.channelId());
		JsonNode body = (data != null && data.isObject()) ? data : WorldJson.object();
		int flags = (body.path("flags").asInt(0) & SENDABLE_FLAGS) | (ephemeral ? EPHEMERAL : 0)
				| (loading ? LOADING : 0);
		long id = this.world.nextId();
		SimMessage.Builder builder = SimMessage.builder(id, channel.id(), channel.guildId(), this.world.bot().id(),
				this.world.now())
			.type(original ? messageType(interaction) : SimMessage.DEFAULT)
			.flags(flags);
		if (!loading) {
			MessagePayloads.Parts parts = MessagePayloads.parts(body, multipart);
			parts.requireNotEmpty(multipart, body.hasNonNull("poll"));
			MessagePayloads.Mentions mentions = MessagePayloads.mentions(body.get("allowed_mentions"),
					parts.content(), channel, this.world, null);
			builder.content(parts.content())
				.embeds(parts.embeds())
				.components(parts.components())
				.mentions(mentions.users(), mentions.roles(), mentions.everyone())
				.tts(body.path("tts").asBoolean(false))
				.attachments(MessagePayloads.upload(body.get("attachments"), multipart.files(), false, channel.id(),
						this.world, this.rest.baseUrl()));
		}
		SimMessage message = builder.build();
		this.world.interactions().extras(id, extras(interaction, original));
		if (ephemeral) {
			this.world.interactions().storeEphemeral(message);
		}
		else {
			this.rest.control().publish(message);
		}
		return message;
	}

	/**
	 * Find an interaction message, in the channel or among the ephemeral ones.
	 * @param id the message
	 * @return the message
	 * @throws HttpError 10008 when there is none
	 */
	SimMessage find(long id) {
		return this.world.findMessage(id)
			.or(() -> this.world.interactions().ephemeral(id))
			.orElseThrow(() -> new HttpError(404, 10008, "Unknown Message"));
	}

	/**
	 * Edit an interaction message (or the message of a component); MESSAGE_UPDATE unless it is ephemeral. Editing a
	 * deferred message turns it into the response.
	 * @param id the message
	 * @param body the edit
	 * @param multipart the request, for files
	 * @return the message as edited
	 */
	SimMessage edit(long id, JsonNode body, Multipart multipart) {
		SimMessage message = find(id);
		SimChannel channel = this.world.channel(message.channelId());
		boolean loading = (message.flags() & LOADING) != 0;
		MessagePayloads.Parts parts = MessagePayloads.editedParts(body, multipart, message);
		String content = parts.content();
		ArrayNode embeds = parts.embeds();
		ArrayNode components = parts.components();
		List<SimAttachment> attachments = new ArrayList<>(body.hasNonNull("attachments")
				? MessagePayloads.kept(body.get("attachments"), message.attachments()) : message.attachments());
		boolean uploads = !multipart.files().isEmpty();
		if (content.isEmpty() && embeds.isEmpty() && attachments.isEmpty() && components.isEmpty() && !uploads) {
			throw new HttpError(400, 50006, "Cannot send an empty message");
		}
		MessagePayloads.Mentions mentions = MessagePayloads.mentions(body.get("allowed_mentions"), content, channel,
				this.world, null);
		attachments.addAll(MessagePayloads.upload(body.get("attachments"), multipart.files(),
				body.hasNonNull("attachments"), channel.id(), this.world, this.rest.baseUrl()));
		int flags = message.flags() & ~LOADING;
		if (body.hasNonNull("flags")) {
			int given = body.get("flags").asInt();
			flags = (flags & ~MessagePayloads.SUPPRESS_EMBEDS) | (given & MessagePayloads.SUPPRESS_EMBEDS)
					| (given & MessagePayloads.IS_COMPONENTS_V2);
		}
		SimMessage.Builder next = message.toBuilder()
			.content(content)
			.embeds(embeds)
			.components(components)
			.mentions(mentions.users(), mentions.roles(), mentions.everyone())
			.attachments(attachments)
			.flags(flags);
		if (!loading) {
			next.editedTimestamp(this.world.now());
		}
		SimMessage built = next.build();
		if ((message.flags() & EPHEMERAL) != 0 && this.world.findMessage(id).isEmpty()) {
			this.world.interactions().storeEphemeral(built);
			return built;
		}
		return this.rest.control().editMessage(message.channelId(), id,
				(current) -> built.toBuilder().reactions(current.reactions()).pinnedAt(current.pinnedAt()).build());
	}

	/**
	 * Delete an interaction message; MESSAGE_DELETE unless it is ephemeral.
	 * @param id the message
	 */
	void delete(long id) {
		SimMessage message = find(id);
		if (!this.world.interactions().removeEphemeral(id)) {
			this.rest.control().deleteMessage(message.channelId(), id);
		}
	}

	private static int messageType(SimInteraction interaction) {
		if (interaction.type() != SimInteraction.APPLICATION_COMMAND) {
			return SimMessage.DEFAULT;
		}
		return (interaction.commandType() == 1) ? CHAT_INPUT_COMMAND : CONTEXT_MENU_COMMAND;
	}

	private ObjectNode extras(SimInteraction interaction, boolean original) {
		ObjectNode extras = WorldJson.object();
		long applicationId = this.rest.config().applicationId();
		extras.put("webhook_id", WorldJson.id(applicationId));
		extras.put("application_id", WorldJson.id(applicationId));
		ObjectNode metadata = extras.putObject("interaction_metadata");
		metadata.put("id", WorldJson.id(interaction.id()));
		metadata.put("type", interaction.type());
		metadata.set("user", this.rest.json().user(this.world.user(interaction.userId())));
		ObjectNode owners = metadata.putObject("authorizing_integration_owners");
		owners.put("0", WorldJson.id(interaction.guildId()));
		if (interaction.commandName() != null) {
			metadata.put("name", interaction.commandName());
			metadata.put("command_type", interaction.commandType());
		}
		if (!original && interaction.originalMessageId() != 0) {
			metadata.put("original_response_message_id", WorldJson.id(interaction.originalMessageId()));
		}
		if (interaction.componentMessageId() != 0) {
			metadata.put("interacted_message_id", WorldJson.id(interaction.componentMessageId()));
		}
		return extras;
	}

}
