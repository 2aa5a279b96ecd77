package dev.serenity.json;

import java.time.Instant;
import java.util.List;

import dev.serenity.json.StreamingValues.BoundList;
import dev.serenity.model.Attachment;
import dev.serenity.model.Channel;
import dev.serenity.model.ChannelType;
import dev.serenity.model.Component;
import dev.serenity.model.Embed;
import dev.serenity.model.Message;
import dev.serenity.model.MessageInteraction;
import dev.serenity.model.MessageInteractionMetadata;
import dev.serenity.model.MessageReference;
import dev.serenity.model.MessageType;
import dev.serenity.model.PartialApplication;
import dev.serenity.model.PartialMember;
import dev.serenity.model.Poll;
import dev.serenity.model.Reaction;
import dev.serenity.model.ResolvedData;
import dev.serenity.model.Snowflake;
import dev.serenity.model.Sticker;
import dev.serenity.model.User;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.ObjectReader;

import static dev.serenity.json.StreamingValues.bind;
import static dev.serenity.json.StreamingValues.bool;
import static dev.serenity.json.StreamingValues.instant;
import static dev.serenity.json.StreamingValues.integer;
import static dev.serenity.json.StreamingValues.list;
import static dev.serenity.json.StreamingValues.nullOr;
import static dev.serenity.json.StreamingValues.snowflake;
import static dev.serenity.json.StreamingValues.snowflakes;
import static dev.serenity.json.StreamingValues.string;

/**
 * A streaming reader for {@link Message}, the payload of MESSAGE_CREATE and MESSAGE_UPDATE, the most frequent
 * dispatches. It gives the same message as binding with {@link DiscordJson#mapper()} (the same values, coercions and
 * errors), without databind's per-property lookups and reflective construction: the message, its author, member and
 * mentions are read token by token; rarer parts (embeds, attachments, components, polls, ...) are bound by databind,
 * with a fast path for the empty arrays most messages carry. Unknown properties are skipped, as databind does.
 */
public final class MessageJson {

	private static final PropertyNames NAMES = PropertyNames.of(Message.class);

	private static final ObjectReader MESSAGES = StreamingValues.reader(Message.class);

	private static final ObjectReader MESSAGE_TYPES = StreamingValues.reader(MessageType.class);

	private static final ObjectReader CHANNEL_TYPES = StreamingValues.reader(ChannelType.class);

	private static final ObjectReader USERS = StreamingValues.listReader(User.class);

	private static final BoundList<Message.ChannelMention> CHANNEL_MENTIONS = new BoundList<>(
			Message.ChannelMention.class);

	private static final BoundList<Attachment> ATTACHMENTS = new BoundList<>(Attachment.class);

	private static final BoundList<Embed> EMBEDS = new BoundList<>(Embed.class);

	private static final BoundList<Reaction> REACTIONS = new BoundList<>(Reaction.class);

	private static final BoundList<Message.MessageSnapshot> SNAPSHOTS = new BoundList<>(Message.MessageSnapshot.class);

	private static final BoundList<Component> COMPONENTS = new BoundList<>(Component.class);

	private static final BoundList<Sticker.Item> STICKER_ITEMS = new BoundList<>(Sticker.Item.class);

	private static final BoundList<Sticker> STICKERS = new BoundList<>(Sticker.class);

	private static final ObjectReader ACTIVITY = StreamingValues.reader(Message.MessageActivity.class);

	private static final ObjectReader APPLICATION = StreamingValues.reader(PartialApplication.class);

	private static final ObjectReader REFERENCE = StreamingValues.reader(MessageReference.class);

	private static final ObjectReader INTERACTION_METADATA = StreamingValues.reader(MessageInteractionMetadata.class);

	private static final ObjectReader INTERACTION = StreamingValues.reader(MessageInteraction.class);

	private static final ObjectReader CHANNEL = StreamingValues.reader(Channel.class);

	private static final ObjectReader ROLE_SUBSCRIPTION = StreamingValues.reader(Message.RoleSubscriptionData.class);

	private static final ObjectReader RESOLVED = StreamingValues.reader(ResolvedData.class);

	private static final ObjectReader POLL = StreamingValues.reader(Poll.class);

	private static final ObjectReader CALL = StreamingValues.reader(Message.MessageCall.class);

	private MessageJson() {
	}

	/**
	 * Read a message.
	 * @param parser the parser, on the message's first token (or before it: then the next token is read)
	 * @return the message, or {@code null} for JSON {@code null}
	 * @throws tools.jackson.core.JacksonException if the value does not fit a message, as databind would
	 */
	public static Message read(JsonParser parser) {
		JsonToken token = parser.currentToken();
		if (token == null) {
			token = parser.nextToken();
		}
		if (token != JsonToken.START_OBJECT) {
			return (token == JsonToken.VALUE_NULL) ? null : bind(parser, MESSAGES);
		}
		Snowflake id = null;
		Snowflake channelId = null;
		User author = null;
		String content = null;
		Instant timestamp = null;
		Instant editedTimestamp = null;
		Boolean tts = null;
		Boolean mentionEveryone = null;
		List<User> mentions = null;
		List<Snowflake> mentionRoles = null;
		List<Message.ChannelMention> mentionChannels = null;
		List<Attachment> attachments = null;
		List<Embed> embeds = null;
		List<Reaction> reactions = null;
		String nonce = null;
		Boolean pinned = null;
		Snowflake webhookId = null;
		MessageType type = null;
		Message.MessageActivity activity = null;
		PartialApplication application = null;
		Snowflake applicationId = null;
		Integer flags = null;
		MessageReference messageReference = null;
		List<Message.MessageSnapshot> messageSnapshots = null;
		Message referencedMessage = null;
		MessageInteractionMetadata interactionMetadata = null;
		MessageInteraction interaction = null;
		Channel thread = null;
		List<Component> components = null;
		List<Sticker.Item> stickerItems = null;
		List<Sticker> stickers = null;
		Integer position = null;
		Message.RoleSubscriptionData roleSubscriptionData = null;
		ResolvedData resolved = null;
		Poll poll = null;
		Message.MessageCall call = null;
		Snowflake guildId = null;
		PartialMember member = null;
		ChannelType channelType = null;
		PropertyNames.Cursor properties = NAMES.cursor(parser);
		String name;
		while ((name = properties.next()) != null) {
			switch (name) {
				case "id" -> id = snowflake(parser);
				case "channel_id" -> channelId = snowflake(parser);
				case "author" -> author = UserJson.user(parser);
				case "content" -> content = string(parser);
				case "timestamp" -> timestamp = instant(parser);
				case "edited_timestamp" -> editedTimestamp = instant(parser);
				case "tts" -> tts = bool(parser);
				case "mention_everyone" -> mentionEveryone = bool(parser);
				case "mentions" -> mentions = list(parser, UserJson::user, USERS);
				case "mention_roles" -> mentionRoles = snowflakes(parser);
				case "mention_channels" -> mentionChannels = CHANNEL_MENTIONS.read(parser);
				case "attachments" -> attachments = ATTACHMENTS.read(parser);
				case "embeds" -> embeds = EMBEDS.read(parser);
				case "reactions" -> reactions = REACTIONS.read(parser);
				case "nonce" -> nonce = string(parser);
				case "pinned" -> pinned = bool(parser);
				case "webhook_id" -> webhookId = snowflake(parser);
				case "type" -> type = messageType(parser);
				case "activity" -> activity = nullOr(parser, ACTIVITY);
				case "application" -> application = nullOr(parser, APPLICATION);
				case "application_id" -> applicationId = snowflake(parser);
				case "flags" -> flags = integer(parser);
				case "message_reference" -> messageReference = nullOr(parser, REFERENCE);
				case "message_snapshots" -> messageSnapshots = SNAPSHOTS.read(parser);
				case "referenced_message" -> referencedMessage = read(parser);
				case "interaction_metadata" -> interactionMetadata = nullOr(parser, INTERACTION_METADATA);
				case "interaction" -> interaction = nullOr(parser, INTERACTION);
				case "thread" -> thread = nullOr(parser, CHANNEL);
				case "components" -> components = COMPONENTS.read(parser);
				case "sticker_items" -> stickerItems = STICKER_ITEMS.read(parser);
				case "stickers" -> stickers = STICKERS.read(parser);
				case "position" -> position = integer(parser);
				case "role_subscription_data" -> roleSubscriptionData = nullOr(parser, ROLE_SUBSCRIPTION);
				case "resolved" -> resolved = nullOr(parser, RESOLVED);
				case "poll" -> poll = nullOr(parser, POLL);
				case "call" -> call = nullOr(parser, CALL);
				case "guild_id" -> guildId = snowflake(parser);
				case "member" -> member = UserJson.member(parser);
				case "channel_type" -> channelType = channelType(parser);
				default -> parser.skipChildren();
			}
		}
		return new Message(id, channelId, author, content, timestamp, editedTimestamp, tts, mentionEveryone, mentions,
				mentionRoles, mentionChannels, attachments, embeds, reactions, nonce, pinned, webhookId, type, activity,
				application, applicationId, flags, messageReference, messageSnapshots, referencedMessage,
				interactionMetadata, interaction, thread, components, stickerItems, stickers, position,
				roleSubscriptionData, resolved, poll, call, guildId, member, channelType);
	}

	private static MessageType messageType(JsonParser parser) {
		JsonToken token = parser.currentToken();
		if (token == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == JsonParser.NumberType.INT) {
			return MessageType.of(parser.getIntValue());
		}
		return nullOr(parser, MESSAGE_TYPES);
	}

	private static ChannelType channelType(JsonParser parser) {
		JsonToken token = parser.currentToken();
		if (token == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == JsonParser.NumberType.INT) {
			return ChannelType.of(parser.getIntValue());
		}
		return nullOr(parser, CHANNEL_TYPES);
	}

}
