package dev.serenity.simulator.http;

import java.time.Instant;

import dev.serenity.simulator.world.SimChannel;
import dev.serenity.simulator.world.SimGuild;
import dev.serenity.simulator.world.SimInvite;
import dev.serenity.simulator.world.World;
import dev.serenity.simulator.world.WorldJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The invite routes: create and list a channel's invites, read and delete an invite by code. Creating sends
 * INVITE_CREATE and deleting INVITE_DELETE (through {@link dev.serenity.simulator.ChannelControl}).
 */
final class InviteRoutes {

	/** Lifetime of an invite when {@code max_age} is not given, in seconds. */
	static final int DEFAULT_MAX_AGE = 86400;

	/** Longest lifetime, in seconds (7 days). */
	static final int MAX_MAX_AGE = 604800;

	/** Most uses an invite may be limited to. */
	static final int MAX_MAX_USES = 100;

	private final RestApi rest;

	private final World world;

	InviteRoutes(RestApi rest) {
		this.rest = rest;
		this.world = rest.world();
	}

	void register(Router router) {
		router.route("POST", "/channels/{channel_id}/invites", this::create)
			.route("GET", "/channels/{channel_id}/invites", this::list)
			.route("GET", "/invites/{invite_code}", this::get)
			.route("DELETE", "/invites/{invite_code}", this::delete);
	}

	private JsonNode create(HttpCall call) {
		SimChannel channel = this.rest.channel(call);
		if (channel.isDm() || channel.isThread() || channel.type() == SimChannel.GUILD_CATEGORY) {
			throw ChannelRoutes.wrongType();
		}
		JsonNode body = ChannelPayloads.object(call);
		int maxAge = ChannelPayloads.integer(body, "max_age", DEFAULT_MAX_AGE, 0, MAX_MAX_AGE);
		int maxUses = ChannelPayloads.integer(body, "max_uses", 0, 0, MAX_MAX_USES);
		boolean temporary = ChannelPayloads.bool(body, "temporary", false);
		boolean unique = ChannelPayloads.bool(body, "unique", false);
		long botId = this.world.bot().id();
		Instant now = this.world.now();
		if (!unique) {
			for (SimInvite existing : this.world.channelStore().invitesOf(channel.id())) {
				boolean similar = existing.inviterId() == botId && existing.maxAge() == maxAge
						&& existing.maxUses() == maxUses && existing.temporary() == temporary;
				if (similar && !expired(existing, now)) {
					return this.rest.json().invite(existing, true);
				}
			}
		}
		SimInvite invite = new SimInvite(this.world.channelStore().nextInviteCode(), channel.guildId(), channel.id(),
				botId, maxAge, maxUses, 0, temporary, now);
		return this.rest.json().invite(this.rest.control().channels().createInvite(invite), true);
	}

	private static boolean expired(SimInvite invite, Instant now) {
		return (invite.expiresAt() != null && !now.isBefore(invite.expiresAt()))
				|| (invite.maxUses() > 0 && invite.uses() >= invite.maxUses());
	}

	private JsonNode list(HttpCall call) {
		SimChannel channel = this.rest.channel(call);
		if (channel.isDm()) {
			throw ChannelRoutes.wrongType();
		}
		Instant now = this.world.now();
		ArrayNode result = WorldJson.array();
		this.world.channelStore()
			.invitesOf(channel.id())
			.stream()
			.filter((invite) -> !expired(invite, now))
			.forEach((invite) -> result.add(this.rest.json().invite(invite, true)));
		return result;
	}

	private SimInvite invite(HttpCall call) {
		String code = call.pathVariables().get("invite_code");
		return this.world.channelStore()
			.invite(code)
			.filter((found) -> !expired(found, this.world.now()))
			.orElseThrow(() -> new HttpError(404, 10006, "Unknown Invite"));
	}

	private JsonNode get(HttpCall call) {
		SimInvite invite = invite(call);
		ObjectNode json = this.rest.json().invite(invite, false);
		if ("true".equals(call.queryParam("with_counts"))) {
			SimGuild guild = this.world.guild(invite.guildId());
			json.put("approximate_member_count", guild.members().size());
			json.put("approximate_presence_count", 0);
		}
		return json;
	}

	private JsonNode delete(HttpCall call) {
		SimInvite invite = invite(call);
		ObjectNode json = this.rest.json().invite(invite, true);
		this.rest.control().channels().deleteInvite(invite.code());
		return json;
	}

}
