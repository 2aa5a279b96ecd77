package dev.serenity.benchmarks.e2e.support;

import java.util.Locale;

import tools.jackson.databind.JsonNode;

/**
 * The cache sections of {@code docs/benchmarks.md}: bytes per cached member and per cached message beside JDA
 * ({@code CacheMemoryDriver}'s JSON), and the flood of MESSAGE_CREATE over four shards with concurrent cache readers
 * ({@code CacheFloodTests} run by {@code bench/run-all} with the full count).
 */
final class CacheSection {

	private CacheSection() {
	}

	static void render(BenchmarksReport report, JsonNode memory, String memoryFile, JsonNode flood, String floodFile) {
		report.line("## Cache memory: bytes per cached member and message");
		report.line();
		if (memory == null) {
			report.line("_Not run: `" + memoryFile + "` is missing._");
			report.line();
		}
		else {
			report.line(String.format(Locale.ROOT, "One guild of %,d members, chunked at start-up with op 8 (every member "
					+ "cached: serenity's default policy, JDA's `MemberCachePolicy.ALL` and `ChunkingFilter.ALL`, each "
					+ "otherwise with its defaults), then %,d MESSAGE_CREATE over ten channels (serenity keeps up to "
					+ "10,000 per channel; JDA keeps no messages). Each contestant runs twice in fresh JVMs (`%s`), "
					+ "with the members and without: bytes per member is the difference of the retained heaps after "
					+ "full collections divided by the member difference; bytes per message is the heap's growth "
					+ "over the messages divided by the messages held (`CacheMemoryDriver`).",
					memory.path("members").asLong(), memory.path("messages").asLong(),
					memory.path("jvm").asString("")));
			report.line();
			report.line("| client | members cached | bytes per member | messages cached | bytes per message |");
			report.line("|---|---:|---:|---:|---:|");
			memory.path("contestants").properties().forEach((entry) -> {
				JsonNode result = entry.getValue();
				if (result.has("error")) {
					report.line("| " + entry.getKey() + " | failed: " + result.path("error").asString() + " | | | |");
					return;
				}
				long messages = result.path("messages_cached").asLong();
				report.line(String.format(Locale.ROOT, "| %s | %,d | %s | %,d | %s |", entry.getKey(),
						result.path("members_cached").asLong(), bytes(result.path("bytes_per_member")), messages,
						(messages > 0) ? bytes(result.path("bytes_per_message")) : "no message cache"));
			});
			report.line();
		}
		report.line("## Cache flood: MESSAGE_CREATE over 4 shards with concurrent readers");
		report.line();
		if (flood == null) {
			report.line("_Not run: `" + floodFile + "` is missing._");
		}
		else {
			report.line(String.format(Locale.ROOT, "`CacheFloodTests` with %,d messages over %d shards (50 messages per "
					+ "channel, at most 3 channels holding messages, two reader threads): %s in %,d s. It checks that "
					+ "every event reached the listener, no read saw more than the bound, another channel's message or "
					+ "a wrong order, and the bounds held at the end.",
					flood.path("messages").asLong(), flood.path("shards").asInt(),
					flood.path("passed").asBoolean() ? "**passed**" : "**failed** (see `target/bench/cache-flood.log`)",
					flood.path("seconds").asLong()));
		}
		report.line();
	}

	private static String bytes(JsonNode value) {
		return value.isNumber() ? String.format(Locale.ROOT, "%,.0f", value.asDouble()) : "n/a";
	}

}
