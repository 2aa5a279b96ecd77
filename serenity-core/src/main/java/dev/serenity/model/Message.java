package dev.serenity.model;

import java.time.Instant;
import java.util.List;

/**
 * A message, with the extra fields MESSAGE_CREATE and MESSAGE_UPDATE carry ({@code guild_id}, {@code member},
 * mentions with their members). Without the MESSAGE_CONTENT intent, {@code content}, {@code embeds},
 * {@code attachments}, {@code components} and {@code poll} are empty for most messages. Lists are never {@code null}.
 *
 * @param id the message's id
 * @param channelId the channel
 * @param author the author; for webhook messages, the webhook's name and avatar
 * @param content the text
 * @param timestamp when it was sent
 * @param editedTimestamp when it was last edited
 * @param tts whether it was sent as text-to-speech
 * @param mentionEveryone whether it mentions {@code @everyone} or {@code @here}
 * @param mentions the users mentioned, each with a partial {@code member} in guild messages
 * @param mentionRoles the roles mentioned
 * @param mentionChannels the channels of other guilds mentioned, in crossposts
 * @param attachments the attached files
 * @param embeds the embeds
 * @param reactions the reactions
 * @param nonce the nonce the sender chose, an integer or a string (read as text)
 * @param pinned whether it is pinned
 * @param webhookId the webhook that sent it
 * @param type the message type
 * @param activity the Rich Presence activity it invites to
 * @param application the application of a Rich Presence message
 * @param applicationId the application that sent an interaction response or webhook message
 * @param flags the message flags
 * @param messageReference the message this one replies to, forwards or crossposts
 * @param messageSnapshots the forwarded messages
 * @param referencedMessage the message replied to; {@code null} if it was deleted (then the reference remains)
 * @param interactionMetadata the interaction this message answers
 * @param interaction the interaction this message answers (deprecated)
 * @param thread the thread started from this message
 * @param components the components
 * @param stickerItems the stickers
 * @param stickers the stickers, in their full form (deprecated)
 * @param position the approximate position in a thread
 * @param roleSubscriptionData the role subscription of a purchase message
 * @param resolved the entities referenced by the components
 * @param poll the poll
 * @param call the call of a call message
 * @param guildId the guild, in gateway events
 * @param member the author's partial member, in gateway events in guilds
 * @param channelType the channel type, in gateway events
 */
public record Message(Snowflake id, Snowflake channelId, User author, String content, Instant timestamp,
		Instant editedTimestamp, Boolean tts, Boolean mentionEveryone, List<User> mentions, List<Snowflake> mentionRoles,
		List<ChannelMention> mentionChannels, List<Attachment> attachments, List<Embed> embeds,
		List<Reaction> reactions, String nonce, Boolean pinned, Snowflake webhookId, MessageType type,
		MessageActivity activity, PartialApplication application, Snowflake applicationId, Integer flags,
		MessageReference messageReference, List<MessageSnapshot> messageSnapshots, Message referencedMessage,
		MessageInteractionMetadata interactionMetadata, MessageInteraction interaction, Channel thread,
		List<Component> components, List<Sticker.Item> stickerItems, List<Sticker> stickers, Integer position,
		RoleSubscriptionData roleSubscriptionData, ResolvedData resolved, Poll poll, MessageCall call,
		Snowflake guildId, PartialMember member, ChannelType channelType) {

	/**
	 * Create a message.
	 */
	public Message {
		mentions = Copies.list(mentions);
		mentionRoles = Copies.list(mentionRoles);
		mentionChannels = Copies.list(mentionChannels);
		attachments = Copies.list(attachments);
		embeds = Copies.list(embeds);
		reactions = Copies.list(reactions);
		messageSnapshots = Copies.list(messageSnapshots);
		components = Copies.list(components);
		stickerItems = Copies.list(stickerItems);
		stickers = Copies.list(stickers);
	}

	/**
	 * Return the author as a guild member, for messages in guilds received over the gateway.
	 * @return the member, or {@code null} outside guilds
	 */
	public Member authorMember() {
		return (this.member != null) ? this.member.withUser(this.author, this.guildId) : null;
	}

	/**
	 * A channel of another guild mentioned in a crossposted message.
	 *
	 * @param id the channel
	 * @param guildId its guild
	 * @param type its type
	 * @param name its name
	 */
	public record ChannelMention(Snowflake id, Snowflake guildId, ChannelType type, String name) {
	}

	/**
	 * A forwarded message, as it was when forwarded.
	 *
	 * @param message a partial message: content, embeds, attachments, timestamps, type, flags, mentions, stickers and
	 * components
	 */
	public record MessageSnapshot(Message message) {
	}

	/**
	 * The Rich Presence activity a message invites to.
	 *
	 * @param type 1 join, 2 spectate, 3 listen, 5 join request
	 * @param partyId the party
	 */
	public record MessageActivity(Integer type, String partyId) {
	}

	/**
	 * The subscription behind a role subscription purchase message.
	 *
	 * @param roleSubscriptionListingId the SKU and listing
	 * @param tierName the tier's name
	 * @param totalMonthsSubscribed the months the user has subscribed for
	 * @param isRenewal whether this is a renewal
	 */
	public record RoleSubscriptionData(Snowflake roleSubscriptionListingId, String tierName,
			Integer totalMonthsSubscribed, Boolean isRenewal) {
	}

	/**
	 * The call of a call message.
	 *
	 * @param participants the users in the call; never {@code null}
	 * @param endedTimestamp when the call ended
	 */
	public record MessageCall(List<Snowflake> participants, Instant endedTimestamp) {

		/**
		 * Create a message call.
		 */
		public MessageCall {
			participants = Copies.list(participants);
		}

	}

}
