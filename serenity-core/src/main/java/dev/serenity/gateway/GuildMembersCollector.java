package dev.serenity.gateway;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import dev.serenity.gateway.command.RequestGuildMembers;
import dev.serenity.json.DiscordJson;
import dev.serenity.model.Member;
import reactor.core.Disposable;
import reactor.core.scheduler.Scheduler;
import tools.jackson.databind.JsonNode;

/**
 * Matches GUILD_MEMBERS_CHUNK dispatches to the op 8 requests of a shard by nonce and collects their members.
 */
final class GuildMembersCollector {

	private final Shard shard;

	private final Scheduler scheduler;

	private final Map<String, Request> requests = new ConcurrentHashMap<>();

	private final AtomicLong counter = new AtomicLong();

	GuildMembersCollector(Shard shard, Scheduler scheduler) {
		this.shard = shard;
		this.scheduler = scheduler;
	}

	boolean waiting() {
		return !this.requests.isEmpty();
	}

	CompletableFuture<List<Member>> request(RequestGuildMembers request, Duration timeout) {
		String nonce = "s" + this.shard.id() + "-" + this.counter.incrementAndGet();
		String payload = GatewayPayloads.requestGuildMembers(request, nonce);
		Request pending = new Request(new CompletableFuture<>(), new ArrayList<>());
		this.requests.put(nonce, pending);
		pending.timeout = this.scheduler.schedule(() -> fail(nonce, new TimeoutException("No complete answer to the "
				+ "request for members of guild " + request.guildId() + " within " + timeout.toSeconds() + " s")),
				timeout.toMillis(), TimeUnit.MILLISECONDS);
		this.shard.command(payload).whenComplete((ignored, error) -> {
			if (error != null) {
				fail(nonce, error);
			}
		});
		return pending.future;
	}

	/**
	 * Take a GUILD_MEMBERS_CHUNK or RATE_LIMITED dispatch; runs on the shard's executor.
	 */
	void accept(GatewayFrame frame) {
		JsonNode data = DiscordJson.mapper().readTree(frame.bytes(), frame.dataOffset(), frame.dataLength());
		if ("RATE_LIMITED".equals(frame.type())) {
			String nonce = data.path("meta").path("nonce").asString(null);
			if (nonce != null && data.path("opcode").asInt() == 8) {
				fail(nonce, new IllegalStateException("Discord rate-limited the request for all members of guild "
						+ data.path("meta").path("guild_id").asString("?") + "; retry after "
						+ data.path("retry_after").asDouble() + " s"));
			}
			return;
		}
		String nonce = data.path("nonce").asString(null);
		Request pending = (nonce != null) ? this.requests.get(nonce) : null;
		if (pending == null) {
			return;
		}
		for (JsonNode member : data.path("members")) {
			pending.members.add(DiscordJson.mapper().treeToValue(member, Member.class));
		}
		pending.chunks++;
		if (pending.chunks >= data.path("chunk_count").asInt(1)) {
			this.requests.remove(nonce);
			pending.timeout.dispose();
			pending.future.complete(List.copyOf(pending.members));
		}
	}

	void failAll(String reason) {
		for (String nonce : List.copyOf(this.requests.keySet())) {
			fail(nonce, new IllegalStateException("Member request abandoned: " + reason));
		}
	}

	private void fail(String nonce, Throwable error) {
		Request pending = this.requests.remove(nonce);
		if (pending != null) {
			if (pending.timeout != null) {
				pending.timeout.dispose();
			}
			pending.future.completeExceptionally(error);
		}
	}

	private static final class Request {

		private final CompletableFuture<List<Member>> future;

		private final List<Member> members;

		private int chunks;

		private Disposable timeout;

		Request(CompletableFuture<List<Member>> future, List<Member> members) {
			this.future = future;
			this.members = members;
		}

	}

}
