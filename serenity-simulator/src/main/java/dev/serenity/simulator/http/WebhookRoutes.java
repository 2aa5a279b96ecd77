package dev.serenity.simulator.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import dev.serenity.simulator.AccountControl;
import dev.serenity.simulator.world.SimAttachment;
import dev.serenity.simulator.world.SimChannel;
import dev.serenity.simulator.world.SimMessage;
import dev.serenity.simulator.world.SimWebhook;
import dev.serenity.simulator.world.World;
import dev.serenity.simulator.world.WorldJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * The webhook routes: create (at most {@value AccountControl#MAX_WEBHOOKS_PER_CHANNEL} per channel), list per
 * channel and guild, get, modify and delete (with the bot token or the webhook's own token; WEBHOOKS_UPDATE
 * follows each change), execute (a message authored by the webhook; MESSAGE_CREATE follows) and read, edit and
 * delete the webhook's messages. A wrong webhook token is answered with 401 and code 50027, as Discord does.
 */
final class WebhookRoutes {

	/** Characters of a generated webhook token. */
	static final int TOKEN_LENGTH = 68;

	/** Error code of a forum webhook message without {@code thread_name} or {@code thread_id}. */
	static final int FORUM_THREAD_REQUIRED = 220001;

	private static final Set<Integer> NO_WEBHOOKS = Set.of(SimChannel.DM, 3, SimChannel.GUILD_CATEGORY, 10, 11, 12);

	private static final Set<Integer> FORUMS = Set.of(15, 16);

	private static final int EXECUTE_FLAGS = MessagePayloads.SUPPRESS_EMBEDS | MessagePayloads.SUPPRESS_NOTIFICATIONS
			| MessagePayloads.IS_COMPONENTS_V2;

	private static final String WEBHOOK = "/webhooks/{webhook_id}";

	private static final String WITH_TOKEN = WEBHOOK + "/{webhook_token}";

	private static final String MESSAGE = WITH_TOKEN + "/messages/{message_id}";

	private static final Pattern TOKEN_IN_PATH = Pattern
		.compile("^((?:/api/v\\d+)?/(?:webhooks|interactions)/[^/]+/)[^/?]+");

	private final SecureRandom random = new SecureRandom();

	private final RestApi rest;

	private final World world;

	private final InteractionRoutes interactions;

	WebhookRoutes(RestApi rest, InteractionRoutes interactions) {
		this.rest = rest;
		this.world = rest.world();
		this.interactions = interactions;
	}

	/** Hand interaction follow-ups (the application's id in the path) to the interaction family. */
	private Router.Handler orFollowUp(Router.Handler handler) {
		return (call) -> this.interactions.handles(call) ? this.interactions.followUp(call) : handler.handle(call);
	}

	void register(Router router) {
		router.route("POST", "/channels/{channel_id}/webhooks", this::create)
			.route("GET", "/channels/{channel_id}/webhooks", (call) -> list(this.world.webhooks()
				.inChannel(this.rest.channel(call).id())))
			.route("GET", "/guilds/{guild_id}/webhooks", (call) -> list(this.world.webhooks()
				.inGuild(this.rest.guild(call).id())))
			.route("GET", WEBHOOK, (call) -> this.rest.json().webhook(webhook(call), true, true))
			.route("GET", WITH_TOKEN, (call) -> this.rest.json().webhook(withToken(call), true, false))
			.route("PATCH", WEBHOOK, (call) -> modify(call, webhook(call), true))
			.route("PATCH", WITH_TOKEN, (call) -> modify(call, withToken(call), false))
			.route("DELETE", WEBHOOK, (call) -> delete(webhook(call)))
			.route("DELETE", WITH_TOKEN, (call) -> delete(withToken(call)))
			.route("POST", WITH_TOKEN, orFollowUp(this::execute))
			.route("GET", MESSAGE,
					orFollowUp((call) -> this.rest.json().message(message(call, withToken(call)), false)))
			.route("PATCH", MESSAGE, orFollowUp(this::editMessage))
			.route("DELETE", MESSAGE, orFollowUp(this::deleteMessage));
	}

	/**
	 * Hide the webhook token of a path, for logs.
	 * @param path a request path
	 * @return the path with {@code <token>} in place of a webhook or interaction token
	 */
	static String redact(String path) {
		return TOKEN_IN_PATH.matcher(path).replaceFirst("$1<token>");
	}

	/**
	 * Return whether a path is a webhook or interaction route with a token, which Discord serves without
	 * authentication.
	 * @param path a request path
	 * @return whether it is {@code /webhooks/{id}/{token}...} or {@code /interactions/{id}/{token}/callback}
	 */
	static boolean withToken(String path) {
		return (path.startsWith("/webhooks/") || path.startsWith("/interactions/")) && path.split("/").length > 3;
	}

	private JsonNode create(HttpCall call) {
		SimChannel channel = this.rest.channel(call);
		JsonNode body = call.requireJson();
		String name = ImagePayloads.webhookName("name", body.get("name"));
		String avatar = ImagePayloads.hash(body.get("avatar"), "avatar");
		if (channel.isDm()) {
			throw new HttpError(400, 50003, "Cannot execute action on a DM channel");
		}
		if (NO_WEBHOOKS.contains(channel.type())) {
			throw new HttpError(400, 50024, "Cannot execute action on this channel type");
		}
		SimWebhook webhook = this.rest.control()
			.accounts()
			.createWebhook(channel.id(), name, avatar, this.world.bot().id(), token());
		if (webhook == null) {
			throw maxWebhooks();
		}
		return this.rest.json().webhook(webhook, true, true);
	}

	private static HttpError maxWebhooks() {
		return new HttpError(400, 30007,
				"Maximum number of webhooks reached (" + AccountControl.MAX_WEBHOOKS_PER_CHANNEL + ")");
	}

	private String token() {
		byte[] bytes = new byte[TOKEN_LENGTH * 3 / 4];
		this.random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private ArrayNode list(List<SimWebhook> webhooks) {
		ArrayNode result = WorldJson.array();
		webhooks.forEach((webhook) -> result.add(this.rest.json().webhook(webhook, true, true)));
		return result;
	}

	private SimWebhook webhook(HttpCall call) {
		return this.world.webhooks()
			.find(call.id("webhook_id"))
			.orElseThrow(() -> new HttpError(404, 10015, "Unknown Webhook"));
	}

	private SimWebhook withToken(HttpCall call) {
		SimWebhook webhook = webhook(call);
		byte[] given = String.valueOf(call.pathVariables().get("webhook_token")).getBytes(StandardCharsets.UTF_8);
		if (!MessageDigest.isEqual(given, webhook.token().getBytes(StandardCharsets.UTF_8))) {
			throw new HttpError(401, 50027, "Invalid Webhook Token");
		}
		return webhook;
	}

	private JsonNode modify(HttpCall call, SimWebhook webhook, boolean withBotToken) {
		JsonNode body = call.requireJson();
		String name = body.has("name") ? ImagePayloads.webhookName("name", body.get("name")) : webhook.name();
		String avatar = body.has("avatar") ? ImagePayloads.hash(body.get("avatar"), "avatar") : webhook.avatar();
		long channelId = webhook.channelId();
		if (withBotToken && body.hasNonNull("channel_id")) {
			String text = body.get("channel_id").asString();
			SimChannel target = text.matches("\\d{1,20}")
					? this.world.findChannel(Long.parseUnsignedLong(text)).orElse(null) : null;
			if (target == null || target.guildId() != webhook.guildId()) {
				throw new HttpError(404, 10003, "Unknown Channel");
			}
			if (NO_WEBHOOKS.contains(target.type())) {
				throw new HttpError(400, 50024, "Cannot execute action on this channel type");
			}
			if (target.id() != channelId
					&& this.world.webhooks().inChannel(target.id()).size() >= AccountControl.MAX_WEBHOOKS_PER_CHANNEL) {
				throw maxWebhooks();
			}
			channelId = target.id();
		}
		long newChannel = channelId;
		SimWebhook updated = this.rest.control()
			.accounts()
			.updateWebhook(webhook.id(), (current) -> current.with(name, avatar, newChannel));
		return this.rest.json().webhook(updated, true, withBotToken);
	}

	private JsonNode delete(SimWebhook webhook) {
		this.rest.control().accounts().deleteWebhook(webhook.id());
		return null;
	}

	/** The channel a webhook call posts to: its channel, or the thread of {@code thread_id} in it. */
	private SimChannel target(HttpCall call, SimWebhook webhook) {
		Long threadId = MessageRoutes.snowflakeParam(call, "thread_id");
		if (threadId == null) {
			return this.world.findChannel(webhook.channelId())
				.orElseThrow(() -> new HttpError(404, 10003, "Unknown Channel"));
		}
		return this.world.findChannel(threadId)
			.filter((thread) -> thread.parentId() == webhook.channelId())
			.orElseThrow(() -> new HttpError(404, 10003, "Unknown Channel"));
	}

	private JsonNode execute(HttpCall call) {
		SimWebhook webhook = withToken(call);
		boolean wait = "true".equalsIgnoreCase(call.queryParam("wait"));
		SimChannel channel = target(call, webhook);
		Multipart multipart = call.jsonOrMultipart();
		JsonNode body = HttpError.requireObject(multipart.payload());
		MessagePayloads.Parts parts = MessagePayloads.parts(body, multipart);
		String username = body.hasNonNull("username") ? ImagePayloads.webhookName("username", body.get("username"))
				: webhook.name();
		String avatar = body.hasNonNull("avatar_url") ? ImagePayloads.urlHash(body.get("avatar_url").asString())
				: webhook.avatar();
		if (FORUMS.contains(channel.type())) {
			if (!body.hasNonNull("thread_name")) {
				throw new HttpError(400, FORUM_THREAD_REQUIRED,
						"Webhooks posted to forum channels must have a thread_name or thread_id");
			}
			throw new HttpError(400, 0, "serenity-simulator does not simulate forum posts (thread_name)");
		}
		parts.requireNotEmpty(multipart, body.hasNonNull("poll"));
		MessagePayloads.Mentions mentions = MessagePayloads.mentions(body.get("allowed_mentions"), parts.content(),
				channel, this.world, null);
		List<SimAttachment> attachments = MessagePayloads.upload(body.get("attachments"), multipart.files(), false,
				channel.id(), this.world, this.rest.baseUrl());
		SimMessage message = SimMessage.builder(this.world.nextId(), channel.id(), channel.guildId(), webhook.id(),
				this.world.now())
			.content(parts.content())
			.mentions(mentions.users(), mentions.roles(), mentions.everyone())
			.embeds(parts.embeds())
			.components(parts.components())
			.attachments(attachments)
			.tts(body.path("tts").asBoolean(false))
			.flags(body.path("flags").asInt(0) & EXECUTE_FLAGS)
			.build();
		this.rest.control().accounts().executeWebhook(webhook, message, username, avatar);
		return wait ? this.rest.json().message(message, false) : null;
	}

	private SimMessage message(HttpCall call, SimWebhook webhook) {
		SimChannel channel = target(call, webhook);
		SimMessage message = this.rest.message(call, channel);
		boolean mine = this.world.webhooks()
			.author(message.id())
			.filter((author) -> author.webhookId() == webhook.id())
			.isPresent();
		if (!mine) {
			throw new HttpError(404, 10008, "Unknown Message");
		}
		return message;
	}

	private JsonNode editMessage(HttpCall call) {
		SimWebhook webhook = withToken(call);
		SimMessage message = message(call, webhook);
		Multipart multipart = call.jsonOrMultipart();
		JsonNode body = HttpError.requireObject(multipart.payload());
		MessagePayloads.Parts parts = MessagePayloads.editedParts(body, multipart, message);
		String content = parts.content();
		ArrayNode embeds = parts.embeds();
		ArrayNode components = parts.components();
		List<SimAttachment> attachments = new ArrayList<>(body.hasNonNull("attachments")
				? MessagePayloads.kept(body.get("attachments"), message.attachments()) : message.attachments());
		attachments.addAll(MessagePayloads.upload(body.get("attachments"), multipart.files(),
				body.hasNonNull("attachments"), message.channelId(), this.world, this.rest.baseUrl()));
		if (content.isEmpty() && embeds.isEmpty() && attachments.isEmpty() && components.isEmpty()) {
			throw new HttpError(400, 50006, "Cannot send an empty message");
		}
		SimChannel channel = this.world.channel(message.channelId());
		MessagePayloads.Mentions mentions = MessagePayloads.mentions(body.get("allowed_mentions"), content, channel,
				this.world, null);
		SimMessage edited = this.rest.control()
			.editMessage(message.channelId(), message.id(), (current) -> current.toBuilder()
				.content(content)
				.embeds(embeds)
				.components(components)
				.attachments(attachments)
				.mentions(mentions.users(), mentions.roles(), mentions.everyone())
				.editedTimestamp(this.world.now())
				.build());
		return this.rest.json().message(edited, false);
	}

	private JsonNode deleteMessage(HttpCall call) {
		SimMessage message = message(call, withToken(call));
		this.rest.control().deleteMessage(message.channelId(), message.id());
		return null;
	}

}
