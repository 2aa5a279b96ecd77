package dev.serenity.simulator.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.serenity.simulator.world.SimAttachment;
import dev.serenity.simulator.world.SimChannel;
import dev.serenity.simulator.world.SimMessage;
import dev.serenity.simulator.world.World;
import dev.serenity.simulator.world.WorldJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Discord's validation of message bodies (content, embeds, {@code allowed_mentions}, files, nonce, flags) and what
 * it derives from them (mentions, attachments).
 */
final class MessagePayloads {

	static final int MAX_CONTENT_LENGTH = 2000;

	static final int MAX_EMBEDS = 10;

	static final int MAX_EMBED_CHARACTERS = 6000;

	static final int MAX_FILES = 10;

	/** Discord's upload limit per file without boosts. */
	static final int MAX_FILE_BYTES = 10 * 1024 * 1024;

	/** Discord's limit of a whole message request. */
	static final int MAX_REQUEST_BYTES = 25 * 1024 * 1024;

	static final int MAX_NONCE_LENGTH = 25;

	static final int SUPPRESS_EMBEDS = 1 << 2;

	static final int SUPPRESS_NOTIFICATIONS = 1 << 12;

	static final int IS_VOICE_MESSAGE = 1 << 13;

	static final int IS_COMPONENTS_V2 = 1 << 15;

	private static final Pattern USER_MENTION = Pattern.compile("<@!?(\\d{1,20})>");

	private static final Pattern ROLE_MENTION = Pattern.compile("<@&(\\d{1,20})>");

	private static final List<String> MENTION_TYPES = List.of("everyone", "roles", "users");

	private MessagePayloads() {
	}

	/**
	 * Read and check the content, embeds and components of a new message (of a webhook or an interaction), and
	 * check its files and allowed mentions.
	 * @param body the message body
	 * @param multipart the request, for files
	 * @return the parts
	 */
	static Parts parts(JsonNode body, Multipart multipart) {
		String content = content(body);
		ArrayNode embeds = embeds(body.get("embeds"));
		ArrayNode components = components(body.get("components"));
		checkFiles(multipart.files());
		checkAllowedMentions(body.get("allowed_mentions"));
		return new Parts(content, embeds, components);
	}

	/**
	 * Read and check what an edit of a webhook's or interaction's message changes of its content, embeds and
	 * components (each kept when the body leaves it out), and check its files and allowed mentions.
	 * @param body the edit
	 * @param multipart the request, for files
	 * @param message the message edited
	 * @return the parts after the edit
	 */
	static Parts editedParts(JsonNode body, Multipart multipart, SimMessage message) {
		String content = body.has("content") ? content(body) : message.content();
		ArrayNode embeds = body.has("embeds") ? embeds(body.get("embeds")) : message.embeds();
		ArrayNode components = body.has("components") ? components(body.get("components")) : message.components();
		checkFiles(multipart.files());
		checkAllowedMentions(body.get("allowed_mentions"));
		return new Parts(content, embeds, components);
	}

	/**
	 * The content, embeds and components of a message body, checked.
	 *
	 * @param content the text, empty when none
	 * @param embeds the embeds as Discord echoes them
	 * @param components the components
	 */
	record Parts(String content, ArrayNode embeds, ArrayNode components) {

		/**
		 * Fail with 50006 when a new message would be empty.
		 * @param multipart the request, for files
		 * @param poll whether the body has a poll
		 */
		void requireNotEmpty(Multipart multipart, boolean poll) {
			boolean other = !this.components.isEmpty() || poll;
			if (this.content.isEmpty() && this.embeds.isEmpty() && multipart.files().isEmpty() && !other) {
				throw new HttpError(400, 50006, "Cannot send an empty message");
			}
		}

	}

	static String content(JsonNode body) {
		JsonNode content = body.get("content");
		String text = (content != null && !content.isNull()) ? content.asString() : "";
		if (text.length() > MAX_CONTENT_LENGTH) {
			throw HttpError.invalidField("content", "BASE_TYPE_MAX_LENGTH",
					"Must be " + MAX_CONTENT_LENGTH + " or fewer in length.");
		}
		return text;
	}

	/**
	 * Check embeds against Discord's limits and render them as Discord echoes them ({@code type} {@code rich}).
	 */
	static ArrayNode embeds(JsonNode embeds) {
		ArrayNode result = WorldJson.array();
		if (embeds == null || embeds.isNull()) {
			return result;
		}
		if (!embeds.isArray()) {
			throw HttpError.invalidField("embeds", "BASE_TYPE_ARRAY", "Must be an array.");
		}
		if (embeds.size() > MAX_EMBEDS) {
			throw HttpError.invalidField("embeds", "BASE_TYPE_MAX_LENGTH",
					"Must be " + MAX_EMBEDS + " or fewer in length.");
		}
		int total = 0;
		for (int i = 0; i < embeds.size(); i++) {
			JsonNode embed = embeds.get(i);
			String at = "embeds." + i;
			if (!embed.isObject()) {
				throw HttpError.invalidField(at, "DICT_TYPE_CONVERT", "Only dictionaries may be used in a DictType");
			}
			total += text(embed, "title", 256, at + ".title", false);
			total += text(embed, "description", 4096, at + ".description", false);
			total += text(embed.path("footer"), "text", 2048, at + ".footer.text", embed.has("footer"));
			total += text(embed.path("author"), "name", 256, at + ".author.name", embed.has("author"));
			JsonNode fields = embed.path("fields");
			if (fields.size() > 25) {
				throw HttpError.invalidField(at + ".fields", "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.");
			}
			for (int f = 0; f < fields.size(); f++) {
				total += text(fields.get(f), "name", 256, at + ".fields." + f + ".name", true);
				total += text(fields.get(f), "value", 1024, at + ".fields." + f + ".value", true);
			}
			ObjectNode echoed = ((ObjectNode) embed).deepCopy();
			echoed.put("type", "rich");
			echoed.remove("provider");
			echoed.remove("video");
			result.add(echoed);
		}
		if (total > MAX_EMBED_CHARACTERS) {
			throw HttpError.invalidField("embeds", "MAX_EMBED_SIZE_EXCEEDED",
					"Embed size exceeds maximum size of " + MAX_EMBED_CHARACTERS);
		}
		return result;
	}

	private static int text(JsonNode parent, String field, int max, String path, boolean required) {
		JsonNode value = parent.get(field);
		if (value == null || value.isNull()) {
			if (required) {
				throw HttpError.invalidField(path, "BASE_TYPE_REQUIRED", "This field is required");
			}
			return 0;
		}
		int length = value.asString().strip().length();
		if (length > max) {
			throw HttpError.invalidField(path, "BASE_TYPE_MAX_LENGTH", "Must be " + max + " or fewer in length.");
		}
		return length;
	}

	static ArrayNode components(JsonNode components) {
		if (components == null || components.isNull()) {
			return WorldJson.array();
		}
		if (!components.isArray()) {
			throw HttpError.invalidField("components", "BASE_TYPE_ARRAY", "Must be an array.");
		}
		return (ArrayNode) components.deepCopy();
	}

	static String nonce(JsonNode body) {
		JsonNode nonce = body.get("nonce");
		if (nonce == null || nonce.isNull()) {
			return null;
		}
		if (!nonce.isString() && !nonce.isIntegralNumber()) {
			throw HttpError.invalidField("nonce", "BASE_TYPE_STRING", "Must be a string or an integer.");
		}
		String text = nonce.asString();
		if (text.length() > MAX_NONCE_LENGTH) {
			throw HttpError.invalidField("nonce", "BASE_TYPE_MAX_LENGTH",
					"Must be " + MAX_NONCE_LENGTH + " or fewer in length.");
		}
		return text;
	}

	/**
	 * Check {@code allowed_mentions}: known {@code parse} types, at most 100 ids per list, and no type both parsed
	 * and listed.
	 */
	static void checkAllowedMentions(JsonNode allowed) {
		if (allowed == null || allowed.isNull()) {
			return;
		}
		if (!allowed.isObject()) {
			throw HttpError.invalidField("allowed_mentions", "DICT_TYPE_CONVERT",
					"Only dictionaries may be used in a DictType");
		}
		JsonNode parse = allowed.path("parse");
		for (int i = 0; i < parse.size(); i++) {
			if (!MENTION_TYPES.contains(parse.get(i).asString())) {
				throw HttpError.invalidField("allowed_mentions.parse." + i, "BASE_TYPE_CHOICES",
						"Value must be one of ('everyone', 'roles', 'users').");
			}
		}
		for (String type : List.of("users", "roles")) {
			JsonNode ids = allowed.path(type);
			if (ids.size() > 100) {
				throw HttpError.invalidField("allowed_mentions." + type, "BASE_TYPE_MAX_LENGTH",
						"Must be 100 or fewer in length.");
			}
			if (!ids.isEmpty() && parses(parse, type)) {
				throw HttpError.invalidField("allowed_mentions", "MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE",
						"parse:[\"" + type + "\"] and " + type + ": [ids...] are mutually exclusive.");
			}
		}
	}

	private static boolean parses(JsonNode parse, String type) {
		for (JsonNode entry : parse) {
			if (type.equals(entry.asString())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Resolve who a message mentions, as {@code allowed_mentions} permits: without it everything is parsed and the
	 * replied-to author is mentioned; with it, only parsed types, listed ids and, with {@code replied_user}, the
	 * replied-to author.
	 */
	static Mentions mentions(JsonNode allowed, String content, SimChannel channel, World world, SimMessage repliedTo) {
		boolean all = allowed == null || allowed.isNull();
		JsonNode parse = all ? null : allowed.path("parse");
		Set<String> listedUsers = all ? Set.of() : strings(allowed.path("users"));
		Set<String> listedRoles = all ? Set.of() : strings(allowed.path("roles"));
		List<Long> users = new ArrayList<>();
		Matcher userMatcher = USER_MENTION.matcher(content);
		while (userMatcher.find()) {
			long id = Long.parseUnsignedLong(userMatcher.group(1));
			if ((all || parses(parse, "users") || listedUsers.contains(userMatcher.group(1)))
					&& world.findUser(id).isPresent() && !users.contains(id)) {
				users.add(id);
			}
		}
		boolean repliedUser = all || allowed.path("replied_user").asBoolean(false);
		if (repliedTo != null && repliedUser && !users.contains(repliedTo.authorId())) {
			users.add(repliedTo.authorId());
		}
		List<Long> roles = new ArrayList<>();
		if (!channel.isDm()) {
			Matcher roleMatcher = ROLE_MENTION.matcher(content);
			while (roleMatcher.find()) {
				long id = Long.parseUnsignedLong(roleMatcher.group(1));
				if ((all || parses(parse, "roles") || listedRoles.contains(roleMatcher.group(1)))
						&& world.guild(channel.guildId()).roles().containsKey(id) && !roles.contains(id)) {
					roles.add(id);
				}
			}
		}
		boolean everyone = (all || parses(parse, "everyone")) && !channel.isDm()
				&& (content.contains("@everyone") || content.contains("@here"));
		return new Mentions(users, roles, everyone);
	}

	private static Set<String> strings(JsonNode array) {
		Set<String> values = new HashSet<>();
		array.forEach((value) -> values.add(value.asString()));
		return values;
	}

	/**
	 * Check the uploaded files against Discord's limits.
	 * @throws HttpError 413 (40005) for a file or request too large, 50035 for more than 10 files
	 */
	static void checkFiles(List<Multipart.Upload> files) {
		if (files.size() > MAX_FILES) {
			throw HttpError.invalidField("attachments", "BASE_TYPE_MAX_LENGTH",
					"Must be " + MAX_FILES + " or fewer in length.");
		}
		long total = 0;
		for (Multipart.Upload file : files) {
			total += file.data().length;
			if (file.data().length > MAX_FILE_BYTES || total > MAX_REQUEST_BYTES) {
				throw new HttpError(413, 40005, "Request entity too large");
			}
		}
	}

	/**
	 * Turn uploads into attachments, with the metadata of their {@code attachments} entries (matched by the
	 * {@code n} of {@code files[n]}), and keep their bytes to serve.
	 * @param entries the {@code attachments} field, or {@code null}
	 * @param files the uploads
	 * @param onlyListed whether uploads without an entry are dropped (an edit with {@code attachments})
	 */
	static List<SimAttachment> upload(JsonNode entries, List<Multipart.Upload> files, boolean onlyListed,
			long channelId, World world, String baseUrl) {
		List<SimAttachment> attachments = new ArrayList<>();
		for (Multipart.Upload file : files) {
			JsonNode entry = entry(entries, Integer.toString(file.index()));
			if (entry == null && onlyListed) {
				continue;
			}
			String filename = (entry != null && entry.hasNonNull("filename")) ? entry.get("filename").asString()
					: file.filename();
			long id = world.nextId();
			boolean spoiler = (entry != null && entry.path("is_spoiler").asBoolean(false))
					|| filename.startsWith("SPOILER_");
			String url = baseUrl + RestApi.ATTACHMENTS_PATH + Long.toUnsignedString(channelId) + "/"
					+ Long.toUnsignedString(id) + "/" + URLEncoder.encode(filename, StandardCharsets.UTF_8)
						.replace("+", "%20");
			String type = (file.contentType() != null) ? file.contentType() : "application/octet-stream";
			world.storeFile(id, new World.StoredFile(type, file.data()));
			attachments.add(new SimAttachment(id, filename, (entry != null) ? text(entry, "description") : null,
					file.contentType(), file.data().length, url, spoiler));
		}
		return attachments;
	}

	/**
	 * Return the attachments an edit keeps: those listed in {@code attachments} by id, with updated metadata.
	 */
	static List<SimAttachment> kept(JsonNode entries, List<SimAttachment> existing) {
		List<SimAttachment> kept = new ArrayList<>();
		for (SimAttachment attachment : existing) {
			JsonNode entry = entry(entries, Long.toUnsignedString(attachment.id()));
			if (entry != null) {
				kept.add(attachment.withMetadata(
						entry.has("description") ? text(entry, "description") : attachment.description(),
						entry.has("is_spoiler") ? entry.path("is_spoiler").asBoolean(false) : attachment.spoiler()));
			}
		}
		return kept;
	}

	private static JsonNode entry(JsonNode entries, String id) {
		if (entries != null && entries.isArray()) {
			for (JsonNode entry : entries) {
				if (id.equals(entry.path("id").asString())) {
					return entry;
				}
			}
		}
		return null;
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value != null && !value.isNull()) ? value.asString() : null;
	}

	/**
	 * Who a message mentions.
	 *
	 * @param users mentioned users
	 * @param roles mentioned roles
	 * @param everyone whether it mentions {@code @everyone} or {@code @here}
	 */
	record Mentions(List<Long> users, List<Long> roles, boolean everyone) {
	}

}
