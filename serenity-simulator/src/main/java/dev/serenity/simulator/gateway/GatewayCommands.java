package dev.serenity.simulator.gateway;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

import dev.serenity.simulator.gateway.Payloads.InvalidPayloadException;
import dev.serenity.simulator.world.SimChannel;
import dev.serenity.simulator.world.SimGuild;
import dev.serenity.simulator.world.SimMember;
import dev.serenity.simulator.world.SimUser;
import dev.serenity.simulator.world.World;
import dev.serenity.simulator.world.WorldJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Answers the commands an identified client may send: voice state update (op 4), request guild members (op 8),
 * request soundboard sounds (op 31) and request channel info (op 43).
 */
final class GatewayCommands {

	/** Members per GUILD_MEMBERS_CHUNK. */
	static final int CHUNK_SIZE = 1000;

	/** Members a query or a user id list returns at most. */
	static final int QUERY_LIMIT = 100;

	/** Interval between two requests for all members of one guild. */
	static final Duration ALL_MEMBERS_INTERVAL = Duration.ofSeconds(30);

	private static final Logger logger = LoggerFactory.getLogger(GatewayCommands.class);

	private final Gateway gateway;

	private final World world;

	private final WorldJson json;

	private final Map<Long, Instant> allMembersRequests = new ConcurrentHashMap<>();

	GatewayCommands(Gateway gateway, World world) {
		this.gateway = gateway;
		this.world = world;
		this.json = new WorldJson(world);
	}

	void voiceStateUpdate(GatewaySession session, JsonNode data) {
		long guildId = Payloads.snowflake(data, "guild_id");
		if (!data.has("channel_id")) {
			throw new InvalidPayloadException("'channel_id' must be a snowflake string or null");
		}
		boolean leaving = data.get("channel_id").isNull();
		long channelId = leaving ? 0 : Payloads.snowflake(data, "channel_id");
		boolean selfMute = Payloads.bool(data, "self_mute");
		boolean selfDeaf = Payloads.bool(data, "self_deaf");
		SimGuild guild = this.world.findGuild(guildId).orElse(null);
		if (guild == null || (!leaving && this.world.findChannel(channelId)
			.filter((channel) -> channel.guildId() == guildId && channel.type() == SimChannel.GUILD_VOICE)
			.isEmpty())) {
			logger.info("Voice state update for unknown guild {} or voice channel {} ignored",
					Long.toUnsignedString(guildId), Long.toUnsignedString(channelId));
			return;
		}
		SimUser bot = this.world.bot();
		ObjectNode state = WorldJson.object();
		state.put("guild_id", WorldJson.id(guildId));
		if (leaving) {
			state.putNull("channel_id");
		}
		else {
			state.put("channel_id", WorldJson.id(channelId));
		}
		state.put("user_id", WorldJson.id(bot.id()));
		SimMember member = guild.members().get(bot.id());
		if (member != null) {
			state.set("member", this.json.member(member, true));
		}
		state.put("session_id", randomHex(16));
		state.put("deaf", false);
		state.put("mute", false);
		state.put("self_deaf", selfDeaf);
		state.put("self_mute", selfMute);
		state.put("self_video", false);
		state.put("suppress", false);
		state.putNull("request_to_speak_timestamp");
		this.gateway.dispatch(Dispatch.of("VOICE_STATE_UPDATE", guildId, state));
		if (!leaving) {
			ObjectNode server = WorldJson.object();
			server.put("token", randomHex(8));
			server.put("guild_id", WorldJson.id(guildId));
			server.put("endpoint", "voice.simulator.invalid:443");
			this.gateway.dispatch(Dispatch.of("VOICE_SERVER_UPDATE", guildId, server));
		}
	}

	void requestGuildMembers(GatewaySession session, JsonNode data) {
		long guildId = Payloads.snowflake(data, "guild_id");
		String nonce = data.has("nonce") ? Payloads.string(data, "nonce") : null;
		if (nonce != null && nonce.getBytes(StandardCharsets.UTF_8).length > 32) {
			nonce = null;
		}
		boolean presences = Payloads.optionalBool(data, "presences")
				&& Intent.GUILD_PRESENCES.in(session.intents());
		SimGuild guild = this.world.findGuild(guildId).orElse(null);
		if (guild == null) {
			logger.info("Request for members of unknown guild {} ignored", Long.toUnsignedString(guildId));
			return;
		}
		List<SimMember> members = new ArrayList<>();
		List<Long> notFound = new ArrayList<>();
		if (data.has("user_ids")) {
			for (long userId : userIds(data.get("user_ids"))) {
				SimMember member = guild.members().get(userId);
				if (member != null) {
					members.add(member);
				}
				else {
					notFound.add(userId);
				}
			}
		}
		else {
			String query = Payloads.string(data, "query").toLowerCase(Locale.ROOT);
			long limit = Payloads.integer(data, "limit");
			boolean all = query.isEmpty() && limit == 0;
			if (all && !Intent.GUILD_MEMBERS.in(session.intents())) {
				logger.info("Request for all members of guild {} without GUILD_MEMBERS: Discord sends nothing",
						Long.toUnsignedString(guildId));
				return;
			}
			if (all && !admitAllMembersRequest(session, guildId, nonce)) {
				return;
			}
			long max = all ? Long.MAX_VALUE : Math.min((limit <= 0) ? QUERY_LIMIT : limit, QUERY_LIMIT);
			for (SimMember member : guild.members().values()) {
				if (members.size() >= max) {
					break;
				}
				SimUser user = this.world.user(member.userId());
				if (user.username().toLowerCase(Locale.ROOT).startsWith(query) || (member.nick() != null
						&& member.nick().toLowerCase(Locale.ROOT).startsWith(query))) {
					members.add(member);
				}
			}
		}
		sendChunks(session, guildId, members, notFound, presences, nonce);
	}

	private boolean admitAllMembersRequest(GatewaySession session, long guildId, String nonce) {
		Instant now = this.gateway.now();
		Instant last = this.allMembersRequests.get(guildId);
		if (last != null && now.isBefore(last.plus(ALL_MEMBERS_INTERVAL))) {
			ObjectNode limited = WorldJson.object();
			limited.put("opcode", 8);
			limited.put("retry_after", Duration.between(now, last.plus(ALL_MEMBERS_INTERVAL)).toMillis() / 1000.0);
			ObjectNode meta = limited.putObject("meta");
			meta.put("guild_id", WorldJson.id(guildId));
			if (nonce != null) {
				meta.put("nonce", nonce);
			}
			session.dispatch(Dispatch.of("RATE_LIMITED", 0, limited));
			return false;
		}
		this.allMembersRequests.put(guildId, now);
		return true;
	}

	private static Set<Long> userIds(JsonNode node) {
		Set<Long> ids = new LinkedHashSet<>();
		if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				ids.add(Payloads.snowflake(node, i));
			}
		}
		else {
			ObjectNode holder = WorldJson.object();
			holder.set("user_ids", node);
			ids.add(Payloads.snowflake(holder, "user_ids"));
		}
		if (ids.size() > QUERY_LIMIT) {
			throw new InvalidPayloadException("'user_ids' may hold at most " + QUERY_LIMIT + " ids");
		}
		return ids;
	}

	private void sendChunks(GatewaySession session, long guildId, List<SimMember> members, List<Long> notFound,
			boolean presences, String nonce) {
		int chunkCount = Math.max(1, (members.size() + CHUNK_SIZE - 1) / CHUNK_SIZE);
		for (int index = 0; index < chunkCount; index++) {
			ObjectNode chunk = WorldJson.object();
			chunk.put("guild_id", WorldJson.id(guildId));
			ArrayNode list = chunk.putArray("members");
			for (SimMember member : members.subList(index * CHUNK_SIZE,
					Math.min(members.size(), (index + 1) * CHUNK_SIZE))) {
				list.add(this.json.member(member, true));
			}
			chunk.put("chunk_index", index);
			chunk.put("chunk_count", chunkCount);
			if (index == 0 && !notFound.isEmpty()) {
				ArrayNode missing = chunk.putArray("not_found");
				notFound.forEach((id) -> missing.add(WorldJson.id(id)));
			}
			if (presences) {
				chunk.putArray("presences");
			}
			if (nonce != null) {
				chunk.put("nonce", nonce);
			}
			session.dispatch(Dispatch.of("GUILD_MEMBERS_CHUNK", 0, chunk));
		}
	}

	void requestSoundboardSounds(GatewaySession session, JsonNode data) {
		JsonNode guildIds = data.get("guild_ids");
		if (guildIds == null || !guildIds.isArray()) {
			throw new InvalidPayloadException("'guild_ids' must be an array of snowflakes");
		}
		for (int i = 0; i < guildIds.size(); i++) {
			long guildId = Payloads.snowflake(guildIds, i);
			if (this.world.findGuild(guildId).isPresent()) {
				ObjectNode sounds = WorldJson.object();
				sounds.put("guild_id", WorldJson.id(guildId));
				sounds.putArray("soundboard_sounds");
				session.dispatch(Dispatch.of("SOUNDBOARD_SOUNDS", 0, sounds));
			}
		}
	}

	void requestChannelInfo(GatewaySession session, JsonNode data) {
		long guildId = Payloads.snowflake(data, "guild_id");
		JsonNode fields = data.get("fields");
		if (fields == null || !fields.isArray()) {
			throw new InvalidPayloadException("'fields' must be an array of \"status\" and \"voice_start_time\"");
		}
		Set<String> wanted = new LinkedHashSet<>();
		for (JsonNode field : fields) {
			if (!field.isString() || !Set.of("status", "voice_start_time").contains(field.stringValue())) {
				throw new InvalidPayloadException("'fields' may hold only \"status\" and \"voice_start_time\"");
			}
			wanted.add(field.stringValue());
		}
		SimGuild guild = this.world.findGuild(guildId).orElse(null);
		if (guild == null) {
			return;
		}
		ObjectNode info = WorldJson.object();
		info.put("guild_id", WorldJson.id(guildId));
		ArrayNode channels = info.putArray("channels");
		for (SimChannel channel : this.world.channelsOf(guild)) {
			if (channel.type() == SimChannel.GUILD_VOICE) {
				ObjectNode entry = channels.addObject();
				entry.put("id", WorldJson.id(channel.id()));
				wanted.forEach(entry::putNull);
			}
		}
		session.dispatch(Dispatch.of("CHANNEL_INFO", guildId, info));
	}

	static String randomHex(int bytes) {
		StringBuilder hex = new StringBuilder(bytes * 2);
		ThreadLocalRandom random = ThreadLocalRandom.current();
		for (int i = 0; i < bytes; i++) {
			hex.append(String.format("%02x", random.nextInt(256)));
		}
		return hex.toString();
	}

}
