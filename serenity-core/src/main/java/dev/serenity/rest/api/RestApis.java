package dev.serenity.rest.api;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import dev.serenity.model.Snowflake;
import dev.serenity.rest.DiscordRest;

/**
 * Every typed endpoint family on one REST client: {@code client.api().channels().get(id)}. The families are built
 * once and share the client's rate limiter. The application command and interaction families need the application
 * id, known once configured or once a shard is READY.
 */
public final class RestApis {

	private final MessageApi messages;

	private final ChannelApi channels;

	private final ThreadApi threads;

	private final InviteApi invites;

	private final GuildApi guilds;

	private final MemberApi members;

	private final RoleApi roles;

	private final BanApi bans;

	private final UserApi users;

	private final ApplicationApi applications;

	private final WebhookApi webhooks;

	private final DiscordRest rest;

	private final Supplier<Optional<Long>> applicationId;

	private volatile ApplicationCommandApi commands;

	private volatile InteractionApi interactions;

	/**
	 * Create the families on a REST client.
	 * @param rest the client
	 * @param messages the message family (shared with the caller), or {@code null} to create one
	 * @param applicationId supplies the application id once known
	 */
	public RestApis(DiscordRest rest, MessageApi messages, Supplier<Optional<Long>> applicationId) {
		this.rest = Objects.requireNonNull(rest, "'rest' must not be null");
		this.applicationId = Objects.requireNonNull(applicationId, "'applicationId' must not be null");
		this.messages = (messages != null) ? messages : new MessageApi(rest);
		this.channels = new ChannelApi(rest);
		this.threads = new ThreadApi(rest);
		this.invites = new InviteApi(rest);
		this.guilds = new GuildApi(rest);
		this.members = new MemberApi(rest);
		this.roles = new RoleApi(rest);
		this.bans = new BanApi(rest);
		this.users = new UserApi(rest);
		this.applications = new ApplicationApi(rest);
		this.webhooks = new WebhookApi(rest);
	}

	/** Messages, pins, reactions, polls. */
	public MessageApi messages() {
		return this.messages;
	}

	/** Channels, permission overwrites, typing, guild channel lists. */
	public ChannelApi channels() {
		return this.channels;
	}

	/** Threads and thread members. */
	public ThreadApi threads() {
		return this.threads;
	}

	/** Invites. */
	public InviteApi invites() {
		return this.invites;
	}

	/** Guilds, previews, audit log. */
	public GuildApi guilds() {
		return this.guilds;
	}

	/** Members: roles, nicknames, timeouts, kicks. */
	public MemberApi members() {
		return this.members;
	}

	/** Roles. */
	public RoleApi roles() {
		return this.roles;
	}

	/** Bans. */
	public BanApi bans() {
		return this.bans;
	}

	/** Users, the current user, DMs. */
	public UserApi users() {
		return this.users;
	}

	/** The current application. */
	public ApplicationApi applications() {
		return this.applications;
	}

	/** Webhooks and their messages. */
	public WebhookApi webhooks() {
		return this.webhooks;
	}

	/**
	 * Application commands of this application.
	 * @return the family
	 * @throws IllegalStateException while the application id is unknown (not configured, no shard READY yet)
	 */
	public ApplicationCommandApi commands() {
		ApplicationCommandApi current = this.commands;
		if (current == null) {
			current = new ApplicationCommandApi(this.rest, Snowflake.of(requireApplicationId()));
			this.commands = current;
		}
		return current;
	}

	/**
	 * Interaction responses and follow-ups of this application.
	 * @return the family
	 * @throws IllegalStateException while the application id is unknown (not configured, no shard READY yet)
	 */
	public InteractionApi interactions() {
		InteractionApi current = this.interactions;
		if (current == null) {
			current = new InteractionApi(this.rest, Snowflake.of(requireApplicationId()));
			this.interactions = current;
		}
		return current;
	}

	private long requireApplicationId() {
		return this.applicationId.get()
			.orElseThrow(() -> new IllegalStateException("The application id is not known yet: set it on the "
					+ "client builder (applicationId, or discord.application-id) or wait until a shard is READY"));
	}

}
