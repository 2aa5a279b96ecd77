package dev.serenity.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Realistic gateway payloads (whole op-0 frames, UTF-8 JSON) for the hot-path benchmarks, shaped as Discord documents
 * them and generated from a fixed seed, so every run decodes the same bytes.
 */
public final class GatewayPayloads {

	/** The guild every payload belongs to. */
	public static final long GUILD_ID = 1_180_000_000_000_000_001L;

	private static final long BASE_ID = 1_200_000_000_000_000_000L;

	private static final String[] WORDS = { "the", "quick", "brown", "fox", "jumps", "over", "lazy", "dog", "spring",
			"boot", "netty", "gateway", "shard", "guild", "channel", "message", "serenity", "discord", "event",
			"listener", "benchmark", "hello", "world", "a", "is", "on", "with", "for", "this", "that" };

	private GatewayPayloads() {
	}

	/**
	 * A guild MESSAGE_CREATE with {@code member}, {@code author} and a sentence of content (about 1 KB).
	 * @param sequence the {@code s} of the frame, also used to vary ids and content
	 * @return the frame
	 */
	public static byte[] messageCreate(long sequence) {
		SplittableRandom random = new SplittableRandom(sequence);
		long author = BASE_ID + 10_000 + random.nextInt(1000);
		long channel = BASE_ID + 20_000 + random.nextInt(50);
		long id = BASE_ID + 1_000_000 + sequence;
		StringBuilder d = new StringBuilder(1200);
		d.append("{\"type\":0,\"tts\":false,\"timestamp\":\"2026-11-23T12:00:00.000000+00:00\",\"pinned\":false,")
			.append("\"nonce\":\"").append(id).append("\",\"mentions\":[],\"mention_roles\":[],")
			.append("\"mention_everyone\":false,\"member\":{\"roles\":[\"").append(BASE_ID + 30_001)
			.append("\"],\"premium_since\":null,\"pending\":false,\"nick\":null,\"mute\":false,")
			.append("\"joined_at\":\"2025-01-02T03:04:05.678000+00:00\",\"flags\":0,\"deaf\":false,")
			.append("\"communication_disabled_until\":null,\"banner\":null,\"avatar\":null},\"id\":\"").append(id)
			.append("\",\"flags\":0,\"embeds\":[],\"edited_timestamp\":null,\"content\":\"")
			.append(sentence(random, 12 + random.nextInt(30))).append("\",\"components\":[],\"channel_type\":0,")
			.append("\"channel_id\":\"").append(channel).append("\",\"author\":{\"username\":\"user")
			.append(author % 1000).append("\",\"public_flags\":0,\"primary_guild\":null,\"id\":\"").append(author)
			.append("\",\"global_name\":\"User ").append(author % 1000)
			.append("\",\"discriminator\":\"0\",\"collectibles\":null,\"clan\":null,")
			.append("\"avatar_decoration_data\":null,\"avatar\":\"").append(hash(random)).append("\"},")
			.append("\"attachments\":[],\"guild_id\":\"").append(GUILD_ID).append("\"}");
		return frame(sequence, "MESSAGE_CREATE", d);
	}

	/**
	 * A large GUILD_CREATE: the guild with its roles, {@code channels} channels, {@code members} members and a
	 * presence for every fifth member.
	 * @param members how many members
	 * @param channels how many channels
	 * @return the frame
	 */
	public static byte[] guildCreate(int members, int channels) {
		SplittableRandom random = new SplittableRandom(42);
		StringBuilder d = new StringBuilder(members * 400 + channels * 300 + 4096);
		d.append("{\"id\":\"").append(GUILD_ID).append("\",\"name\":\"Benchmark Guild\",\"icon\":\"")
			.append(hash(random)).append("\",\"description\":null,\"splash\":null,\"discovery_splash\":null,")
			.append("\"features\":[\"COMMUNITY\",\"NEWS\"],\"banner\":null,\"owner_id\":\"").append(BASE_ID + 10_000)
			.append("\",\"application_id\":null,\"region\":\"deprecated\",\"afk_channel_id\":null,\"afk_timeout\":300,")
			.append("\"system_channel_id\":\"").append(BASE_ID + 20_000).append("\",\"widget_enabled\":false,")
			.append("\"verification_level\":1,\"default_message_notifications\":1,\"explicit_content_filter\":2,")
			.append("\"mfa_level\":0,\"max_members\":500000,\"vanity_url_code\":null,\"premium_tier\":1,")
			.append("\"premium_subscription_count\":3,\"preferred_locale\":\"en-US\",\"nsfw_level\":0,")
			.append("\"premium_progress_bar_enabled\":false,\"joined_at\":\"2025-01-02T03:04:05.678000+00:00\",")
			.append("\"large\":true,\"unavailable\":false,\"member_count\":").append(members).append(",")
			.append("\"emojis\":[],\"stickers\":[],\"voice_states\":[],\"threads\":[],\"stage_instances\":[],")
			.append("\"guild_scheduled_events\":[],\"soundboard_sounds\":[],\"roles\":[");
		for (int r = 0; r < 20; r++) {
			d.append((r > 0) ? "," : "").append("{\"id\":\"").append((r == 0) ? GUILD_ID : BASE_ID + 30_000 + r)
				.append("\",\"name\":\"").append((r == 0) ? "@everyone" : "role " + r).append("\",\"color\":")
				.append(random.nextInt(0xFFFFFF)).append(",\"hoist\":").append(r % 3 == 0)
				.append(",\"icon\":null,\"unicode_emoji\":null,\"position\":").append(r)
				.append(",\"permissions\":\"").append(random.nextLong(1L << 40))
				.append("\",\"managed\":false,\"mentionable\":").append(r % 2 == 0).append(",\"flags\":0}");
		}
		d.append("],\"channels\":[");
		for (int c = 0; c < channels; c++) {
			boolean category = c % 10 == 0;
			long parent = BASE_ID + 20_000 + (c / 10) * 10;
			d.append((c > 0) ? "," : "").append("{\"id\":\"").append(BASE_ID + 20_000 + c).append("\",\"type\":")
				.append(category ? 4 : (c % 10 == 9) ? 2 : 0).append(",\"name\":\"channel-").append(c)
				.append("\",\"position\":").append(c).append(",\"parent_id\":")
				.append(category ? "null" : "\"" + parent + "\"").append(",\"topic\":")
				.append(category ? "null" : "\"" + sentence(random, 8) + "\"")
				.append(",\"nsfw\":false,\"rate_limit_per_user\":0,\"last_message_id\":\"")
				.append(BASE_ID + 900_000 + c).append("\",\"flags\":0,\"permission_overwrites\":[{\"id\":\"")
				.append(GUILD_ID).append("\",\"type\":0,\"allow\":\"0\",\"deny\":\"2048\"},{\"id\":\"")
				.append(BASE_ID + 30_001).append("\",\"type\":0,\"allow\":\"3072\",\"deny\":\"0\"}]}");
		}
		d.append("],\"members\":[");
		for (int m = 0; m < members; m++) {
			long user = BASE_ID + 10_000 + m;
			d.append((m > 0) ? "," : "").append("{\"user\":{\"id\":\"").append(user).append("\",\"username\":\"user")
				.append(m).append("\",\"global_name\":\"User ").append(m)
				.append("\",\"discriminator\":\"0\",\"avatar\":\"").append(hash(random))
				.append("\",\"public_flags\":0,\"bot\":").append(m % 50 == 0).append("},\"nick\":")
				.append((m % 4 == 0) ? "\"nick " + m + "\"" : "null").append(",\"avatar\":null,\"roles\":[\"")
				.append(BASE_ID + 30_001 + m % 19).append("\",\"").append(BASE_ID + 30_001 + (m + 7) % 19)
				.append("\"],\"joined_at\":\"2025-0").append(1 + m % 9).append("-1").append(m % 10)
				.append("T03:04:05.678000+00:00\",\"premium_since\":null,\"deaf\":false,\"mute\":false,")
				.append("\"flags\":0,\"pending\":false,\"communication_disabled_until\":null}");
		}
		d.append("],\"presences\":[");
		for (int m = 0; m < members; m += 5) {
			d.append((m > 0) ? "," : "").append(presence(BASE_ID + 10_000 + m, false, random));
		}
		d.append("]}");
		return frame(2, "GUILD_CREATE", d);
	}

	/**
	 * A PRESENCE_UPDATE with a custom status and a game, on desktop and mobile.
	 * @return the frame
	 */
	public static byte[] presenceUpdate() {
		return frame(3, "PRESENCE_UPDATE", new StringBuilder(presence(BASE_ID + 10_007, true, new SplittableRandom(7))));
	}

	/**
	 * An INTERACTION_CREATE of a slash command with two options, a member and the channel.
	 * @return the frame
	 */
	public static byte[] interactionCreate() {
		SplittableRandom random = new SplittableRandom(11);
		long user = BASE_ID + 10_011;
		long channel = BASE_ID + 20_001;
		StringBuilder d = new StringBuilder(2048);
		d.append("{\"version\":1,\"type\":2,\"token\":\"aW50ZXJhY3Rpb246MTIzNDU2Nzg5MDEyMzQ1Njc4OTpzZWNyZXQ\",")
			.append("\"id\":\"").append(BASE_ID + 5_000_000).append("\",\"application_id\":\"").append(BASE_ID + 1)
			.append("\",\"guild_id\":\"").append(GUILD_ID).append("\",\"channel_id\":\"").append(channel)
			.append("\",\"channel\":{\"id\":\"").append(channel).append("\",\"type\":0,\"guild_id\":\"")
			.append(GUILD_ID).append("\",\"name\":\"channel-1\",\"position\":1,\"flags\":0,\"nsfw\":false,")
			.append("\"permissions\":\"2248473465835073\",\"last_message_id\":\"").append(BASE_ID + 900_001)
			.append("\",\"rate_limit_per_user\":0,\"topic\":null,\"parent_id\":\"").append(BASE_ID + 20_000)
			.append("\"},\"member\":{\"user\":{\"id\":\"").append(user)
			.append("\",\"username\":\"user11\",\"global_name\":\"User 11\",\"discriminator\":\"0\",\"avatar\":\"")
			.append(hash(random)).append("\",\"public_flags\":0},\"roles\":[\"").append(BASE_ID + 30_001)
			.append("\"],\"premium_since\":null,\"permissions\":\"2248473465835073\",\"pending\":false,")
			.append("\"nick\":null,\"mute\":false,\"joined_at\":\"2025-01-02T03:04:05.678000+00:00\",")
			.append("\"flags\":0,\"deaf\":false,\"communication_disabled_until\":null,\"avatar\":null},")
			.append("\"locale\":\"en-US\",\"guild_locale\":\"en-US\",\"app_permissions\":\"2248473465835073\",")
			.append("\"entitlements\":[],\"authorizing_integration_owners\":{\"0\":\"").append(GUILD_ID)
			.append("\"},\"context\":0,\"attachment_size_limit\":10485760,\"guild\":{\"id\":\"").append(GUILD_ID)
			.append("\",\"locale\":\"en-US\",\"features\":[\"COMMUNITY\"]},\"data\":{\"type\":1,\"name\":\"remind\",")
			.append("\"id\":\"").append(BASE_ID + 6_000_000).append("\",\"guild_id\":\"").append(GUILD_ID)
			.append("\",\"options\":[{\"type\":3,\"name\":\"text\",\"value\":\"")
			.append(sentence(random, 10)).append("\"},{\"type\":4,\"name\":\"minutes\",\"value\":15}]}}");
		return frame(4, "INTERACTION_CREATE", d);
	}

	private static String presence(long user, boolean rich, SplittableRandom random) {
		StringBuilder p = new StringBuilder(512);
		p.append("{\"user\":{\"id\":\"").append(user).append("\"},\"status\":\"online\",\"guild_id\":\"")
			.append(GUILD_ID).append("\",\"client_status\":{\"desktop\":\"online\"")
			.append(rich ? ",\"mobile\":\"idle\"}" : "}").append(",\"activities\":[");
		if (rich) {
			p.append("{\"type\":4,\"state\":\"").append(sentence(random, 5))
				.append("\",\"name\":\"Custom Status\",\"id\":\"custom\",\"created_at\":1763900000000},")
				.append("{\"type\":0,\"timestamps\":{\"start\":1763890000000},\"session_id\":\"")
				.append(hash(random)).append("\",\"name\":\"Benchmark Quest\",\"id\":\"")
				.append(Long.toHexString(random.nextLong())).append("\",\"details\":\"Level ")
				.append(random.nextInt(100)).append("\",\"state\":\"In a match\",\"created_at\":1763900000000,")
				.append("\"application_id\":\"").append(BASE_ID + 2).append("\",\"assets\":{\"large_image\":\"")
				.append(BASE_ID + 3).append("\",\"large_text\":\"Benchmark Quest\"}}");
		}
		else {
			p.append("{\"type\":0,\"name\":\"Benchmark Quest\",\"id\":\"").append(Long.toHexString(random.nextLong()))
				.append("\",\"created_at\":1763900000000}");
		}
		return p.append("]}").toString();
	}

	private static String sentence(SplittableRandom random, int words) {
		StringBuilder text = new StringBuilder(words * 7);
		for (int i = 0; i < words; i++) {
			text.append((i > 0) ? " " : "").append(WORDS[random.nextInt(WORDS.length)]);
		}
		return text.toString();
	}

	private static String hash(SplittableRandom random) {
		return String.format("%016x%016x", random.nextLong(), random.nextLong());
	}

	private static byte[] frame(long sequence, String type, CharSequence data) {
		String json = "{\"t\":\"" + type + "\",\"s\":" + sequence + ",\"op\":0,\"d\":" + data + "}";
		return json.getBytes(StandardCharsets.UTF_8);
	}

}
