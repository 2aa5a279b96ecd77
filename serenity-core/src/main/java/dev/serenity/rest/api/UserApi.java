package dev.serenity.rest.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.serenity.model.Channel;
import dev.serenity.model.Member;
import dev.serenity.model.Message;
import dev.serenity.model.Snowflake;
import dev.serenity.model.User;
import dev.serenity.model.UserGuild;
import dev.serenity.rest.DiscordRest;
import dev.serenity.rest.RestRequest;
import dev.serenity.rest.Route;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;

/**
 * The user endpoints of Discord's REST API, typed: the bot's own user, other users, the bot's guilds and DMs.
 * Built on a {@link DiscordRest} (for a client: {@code new UserApi(client.rest())}).
 *
 * <pre>{@code
 * UserApi users = new UserApi(client.rest());
 * users.dm(userId, MessageCreate.of("Welcome!")).subscribe();
 * }</pre>
 *
 * <p>Arguments are checked when a method is called: bad input throws an {@link IllegalArgumentException} naming the
 * field before anything is sent. The publishers are lazy: nothing is sent until they are subscribed.
 */
public final class UserApi {

	private static final TypeReference<List<UserGuild>> GUILDS = new TypeReference<>() {
	};

	private static final String ME = "/users/@me";

	private static final String MY_GUILD = ME + "/guilds/{guild.id}";

	private final DiscordRest rest;

	private final MessageApi messages;

	/**
	 * Create the endpoints on a REST client.
	 * @param rest the client, e.g. {@code client.rest()}
	 */
	public UserApi(DiscordRest rest) {
		this.rest = Objects.requireNonNull(rest, "'rest' must not be null");
		this.messages = new MessageApi(rest);
	}

	/**
	 * Read the bot's own user ({@code GET /users/@me}).
	 * @return the user
	 */
	public Mono<User> currentUser() {
		return this.rest.exchange(RestRequest.of(Route.get(ME), User.class));
	}

	/**
	 * Read a user ({@code GET /users/{user.id}}).
	 * @param userId the user
	 * @return the user
	 */
	public Mono<User> get(Snowflake userId) {
		Route route = Route.get("/users/{user.id}", Checks.id("userId", userId).value());
		return this.rest.exchange(RestRequest.of(route, User.class));
	}

	/**
	 * Change the bot's username, avatar or banner ({@code PATCH /users/@me}); USER_UPDATE follows.
	 * @param edit the change
	 * @return the user as changed
	 */
	public Mono<User> modifyCurrentUser(CurrentUserEdit edit) {
		Checks.require("edit", edit);
		return this.rest.exchange(RestRequest.of(Route.patch(ME), User.class).withBody(edit.toJson()));
	}

	/**
	 * List a page of the bot's guilds, by id ({@code GET /users/@me/guilds}).
	 * @param query which guilds
	 * @return the guilds
	 */
	public Mono<List<UserGuild>> guilds(UserGuildQuery query) {
		Checks.require("query", query);
		RestRequest<List<UserGuild>> request = RestRequest.of(Route.get(ME + "/guilds"), GUILDS)
			.withQuery("limit", query.limit());
		if (query.before() != null) {
			request = request.withQuery("before", query.before().value());
		}
		if (query.after() != null) {
			request = request.withQuery("after", query.after().value());
		}
		if (query.withCounts()) {
			request = request.withQuery("with_counts", true);
		}
		return this.rest.exchange(request).defaultIfEmpty(List.of());
	}

	/**
	 * Read the bot's member in a guild ({@code GET /users/@me/guilds/{guild.id}/member}).
	 * @param guildId the guild
	 * @return the member
	 */
	public Mono<Member> currentMember(Snowflake guildId) {
		Route route = Route.get(MY_GUILD + "/member", Checks.id("guildId", guildId).value());
		return this.rest.exchange(RestRequest.of(route, Member.class));
	}

	/**
	 * Leave a guild ({@code DELETE /users/@me/guilds/{guild.id}}); GUILD_DELETE follows.
	 * @param guildId the guild
	 * @return completes when left
	 */
	public Mono<Void> leaveGuild(Snowflake guildId) {
		Route route = Route.delete(MY_GUILD, Checks.id("guildId", guildId).value());
		return this.rest.exchange(RestRequest.of(route));
	}

	/**
	 * Open (or return the open) DM channel with a user ({@code POST /users/@me/channels}).
	 * @param userId the user
	 * @return the DM channel
	 */
	public Mono<Channel> createDm(Snowflake userId) {
		String recipient = Checks.json(Checks.id("userId", userId));
		return this.rest.exchange(RestRequest.of(Route.post(ME + "/channels"), Channel.class)
			.withBody(Map.of("recipient_id", recipient)));
	}

	/**
	 * Send a user a direct message: open the DM channel, then send the message to it.
	 * @param userId the user
	 * @param message the message
	 * @return the message sent
	 */
	public Mono<Message> dm(Snowflake userId, MessageCreate message) {
		Checks.id("userId", userId);
		Checks.require("message", message);
		return createDm(userId).flatMap((channel) -> this.messages.create(channel.id(), message));
	}

	@Override
	public String toString() {
		return "UserApi[" + this.rest + "]";
	}

}
