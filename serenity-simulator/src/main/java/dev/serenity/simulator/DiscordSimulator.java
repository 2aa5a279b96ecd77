package dev.serenity.simulator;

import java.net.BindException;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;

import dev.serenity.simulator.gateway.Gateway;
import dev.serenity.simulator.http.ControlHttpApi;
import dev.serenity.simulator.http.HttpEntryHandler;
import dev.serenity.simulator.http.RateLimits;
import dev.serenity.simulator.http.RestApi;
import dev.serenity.simulator.record.Recorder;
import dev.serenity.simulator.world.World;
import dev.serenity.simulator.world.WorldJson;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.util.concurrent.DefaultThreadFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A fake Discord: gateway v10 and REST v10 on one loopback port, with a control API to build the world, make users
 * act and inject faults, and a recorder of everything clients sent.
 *
 * <pre>{@code
 * try (DiscordSimulator discord = DiscordSimulator.start()) {
 *     SimGuild guild = discord.control().createGuild("Test Guild");
 *     // point a client at discord.restUrl() / discord.gatewayUrl() with discord.token()
 * }
 * }</pre>
 */
public final class DiscordSimulator implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(DiscordSimulator.class);

	/** Largest HTTP request body the simulator reads (Discord's upload limit for bots is lower). */
	public static final int MAX_REQUEST_BYTES = 32 * 1024 * 1024;

	private final SimulatorConfig config;

	private final World world;

	private final Recorder recorder = new Recorder();

	private final Gateway gateway;

	private final SimulatorControl control;

	private final EventLoopGroup group;

	private final Channel serverChannel;

	private final int port;

	private DiscordSimulator(SimulatorConfig config) {
		this.config = config;
		this.world = new World(new Snowflakes(config.clock().millis()), config.clock(), config.applicationId(),
				config.botName());
		this.gateway = new Gateway(config, this.world, this.recorder);
		RateLimits rateLimits = new RateLimits(config.rateLimits(), config.clock());
		this.control = new SimulatorControl(this.world, this.gateway, config.applicationId(), rateLimits);
		for (int i = 1; i <= config.guilds(); i++) {
			long guildId = this.control.createGuild("Simulated Guild " + i).id();
			this.control.addMember(guildId, this.control.createUser("user" + i).id());
		}
		RestApi rest = new RestApi(config, this.world, this.gateway, this.control, rateLimits, this.recorder);
		ControlHttpApi controlHttp = new ControlHttpApi(this.control, this.gateway, this.recorder, this::info);
		this.group = new MultiThreadIoEventLoopGroup(Math.max(2, Runtime.getRuntime().availableProcessors()),
				new DefaultThreadFactory("discord-simulator", true), NioIoHandler.newFactory());
		ServerBootstrap bootstrap = new ServerBootstrap().group(this.group)
			.channel(NioServerSocketChannel.class)
			.childOption(ChannelOption.TCP_NODELAY, true)
			.childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, new WriteBufferWaterMark(256 * 1024, 1024 * 1024))
			.childHandler(new ChannelInitializer<SocketChannel>() {
				@Override
				protected void initChannel(SocketChannel channel) {
					channel.pipeline()
						.addLast(new HttpServerCodec())
						.addLast(new HttpObjectAggregator(MAX_REQUEST_BYTES))
						.addLast(new HttpEntryHandler(DiscordSimulator.this.gateway, rest, controlHttp));
				}
			});
		try {
			this.serverChannel = bootstrap.bind(config.host(), config.port()).syncUninterruptibly().channel();
		}
		catch (Exception ex) {
			this.group.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
			String cause = (ex instanceof BindException || ex.getCause() instanceof BindException)
					? "the port is in use" : ex.toString();
			throw new IllegalStateException("The simulator cannot listen on " + config.host() + ":" + config.port()
					+ " (" + cause + "); choose another port, or 0 for a free one", ex);
		}
		this.port = ((InetSocketAddress) this.serverChannel.localAddress()).getPort();
		this.gateway.resumeGatewayUrl(resumeGatewayUrl());
		rest.gatewayUrl(gatewayUrl());
		rest.baseUrl(baseUrl());
		this.group.next().scheduleAtFixedRate(this.gateway::sweep, 100, 100, TimeUnit.MILLISECONDS);
		logger.info("Discord simulator listening: gateway {}, REST {}", gatewayUrl(), restUrl());
	}

	/**
	 * Start a simulator with the default settings on a free port.
	 * @return the running simulator
	 */
	public static DiscordSimulator start() {
		return start(SimulatorConfig.defaults());
	}

	/**
	 * Start a simulator.
	 * @param config the settings
	 * @return the running simulator
	 * @throws IllegalStateException when the port cannot be bound
	 */
	public static DiscordSimulator start(SimulatorConfig config) {
		return new DiscordSimulator(config);
	}

	public SimulatorConfig config() {
		return this.config;
	}

	/**
	 * Return the port gateway and REST listen on.
	 * @return the port
	 */
	public int port() {
		return this.port;
	}

	/**
	 * Return the gateway URL, as {@code GET /gateway} reports it; clients add {@code ?v=10&encoding=json}.
	 * @return e.g. {@code ws://127.0.0.1:PORT/gateway}
	 */
	public String gatewayUrl() {
		return "ws://" + this.config.host() + ":" + this.port + HttpEntryHandler.GATEWAY_PATH;
	}

	/**
	 * Return the {@code resume_gateway_url} READY announces; RESUME is accepted only there.
	 * @return e.g. {@code ws://127.0.0.1:PORT/gateway-resume}
	 */
	public String resumeGatewayUrl() {
		return "ws://" + this.config.host() + ":" + this.port + HttpEntryHandler.RESUME_PATH;
	}

	/**
	 * Return the REST base URL.
	 * @return e.g. {@code http://127.0.0.1:PORT/api/v10}
	 */
	public String restUrl() {
		return baseUrl() + HttpEntryHandler.API_PREFIX;
	}

	/**
	 * Return the HTTP control API's base URL.
	 * @return e.g. {@code http://127.0.0.1:PORT/_simulator}
	 */
	public String controlUrl() {
		return baseUrl() + HttpEntryHandler.CONTROL_PREFIX;
	}

	private String baseUrl() {
		return "http://" + this.config.host() + ":" + this.port;
	}

	/**
	 * Return the bot token the simulator accepts.
	 * @return the token, without {@code Bot }
	 */
	public String token() {
		return this.config.token();
	}

	public long applicationId() {
		return this.config.applicationId();
	}

	public long botUserId() {
		return this.world.bot().id();
	}

	/**
	 * Return the control API.
	 * @return the control API
	 */
	public SimulatorControl control() {
		return this.control;
	}

	/**
	 * Return what clients did, for inspection.
	 * @return the recorder
	 */
	public Recorder recorder() {
		return this.recorder;
	}

	/**
	 * Return the gateway, for inspection of sessions and connections.
	 * @return the gateway
	 */
	public Gateway gateway() {
		return this.gateway;
	}

	private ObjectNode info() {
		ObjectNode info = WorldJson.object();
		info.put("gateway_url", gatewayUrl());
		info.put("resume_gateway_url", resumeGatewayUrl());
		info.put("rest_url", restUrl());
		info.put("control_url", controlUrl());
		info.put("token", token());
		info.put("application_id", WorldJson.id(applicationId()));
		info.put("bot_user_id", WorldJson.id(botUserId()));
		return info;
	}

	/**
	 * Stop listening and close every connection.
	 */
	@Override
	public void close() {
		this.serverChannel.close().syncUninterruptibly();
		this.gateway.connections().forEach((connection) -> connection.close(1001, "simulator shutting down"));
		this.group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
		logger.info("Discord simulator on port {} stopped", this.port);
	}

}
