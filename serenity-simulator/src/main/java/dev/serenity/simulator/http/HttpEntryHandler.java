package dev.serenity.simulator.http;


import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.serenity.simulator.gateway.CloseCodes;
import dev.serenity.simulator.gateway.Gateway;
import dev.serenity.simulator.gateway.GatewayConnection;
import dev.serenity.simulator.gateway.compression.PlainEncoder;
import dev.serenity.simulator.gateway.compression.TransportEncoder;
import dev.serenity.simulator.record.ConnectionRecord;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.codec.http.websocketx.WebSocketDecoderConfig;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshaker;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshakerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * The first handler of every connection: upgrades gateway requests to WebSocket and answers REST and control API
 * requests. Gateway and REST share one port, as the simulator's single address.
 */
public final class HttpEntryHandler extends SimpleChannelInboundHandler<FullHttpRequest> {

	/** Path of the gateway URL. */
	public static final String GATEWAY_PATH = "/gateway";

	/** Path of {@code resume_gateway_url}. */
	public static final String RESUME_PATH = "/gateway-resume";

	/** Prefix of Discord's REST API. */
	public static final String API_PREFIX = "/api/v10";

	/** Prefix of the control API. */
	public static final String CONTROL_PREFIX = "/_simulator";

	/** Largest WebSocket frame the simulator reads; larger client frames get 1009 from Netty. */
	public static final int MAX_WEBSOCKET_FRAME = 1024 * 1024;

	private static final Logger logger = LoggerFactory.getLogger(HttpEntryHandler.class);

	private final Gateway gateway;

	private final RestApi rest;

	private final ControlHttpApi control;

	/**
	 * Create the entry handler.
	 * @param gateway the gateway
	 * @param rest the REST API
	 * @param control the HTTP control API
	 */
	public HttpEntryHandler(Gateway gateway, RestApi rest, ControlHttpApi control) {
		this.gateway = gateway;
		this.rest = rest;
		this.control = control;
	}

	@Override
	protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
		QueryStringDecoder uri = new QueryStringDecoder(request.uri());
		String path = uri.path();
		while (path.length() > 1 && path.endsWith("/")) {
			path = path.substring(0, path.length() - 1);
		}
		boolean upgrade = request.headers().containsValue(HttpHeaderNames.UPGRADE, HttpHeaderValues.WEBSOCKET, true);
		if (path.equals(GATEWAY_PATH) || path.equals(RESUME_PATH)) {
			if (upgrade) {
				upgrade(ctx, request, uri, path.equals(RESUME_PATH));
			}
			else {
				respond(ctx, request, 400, error(400, "The gateway speaks WebSocket only"));
			}
			return;
		}
		Map<String, String> variables = new HashMap<>();
		byte[] body = ByteBufUtil.getBytes(request.content());
		String method = request.method().name();
		if (path.equals(API_PREFIX) || path.startsWith(API_PREFIX + "/")) {
			String sub = path.substring(API_PREFIX.length());
			respond(ctx, request, this.rest.handle(sub,
					new HttpCall(method, sub, variables, uri.parameters(), request.headers(), body), address(ctx)));
			return;
		}
		if (path.startsWith(RestApi.ATTACHMENTS_PATH) && method.equals("GET")) {
			respond(ctx, request, this.rest.attachment(path));
			return;
		}
		try {
			JsonNode answer;
			if (path.equals(CONTROL_PREFIX) || path.startsWith(CONTROL_PREFIX + "/")) {
				String sub = path.substring(CONTROL_PREFIX.length());
				answer = this.control.handle(method, sub, new HttpCall(method, sub, variables, uri.parameters(),
						request.headers(), body));
			}
			else if (path.startsWith("/api/")) {
				throw new HttpError(400, 50041, "Invalid API version; the simulator serves /api/v10");
			}
			else {
				throw HttpError.notFound();
			}
			respond(ctx, request, (answer != null) ? 200 : 204, answer);
		}
		catch (HttpError ex) {
			logger.info("{} {} answered {}: {}", method, WebhookRoutes.redact(path), ex.status(), ex.getMessage());
			respond(ctx, request, ex.status(), ex.body());
		}
		catch (RuntimeException ex) {
			logger.warn("{} {} failed", method, WebhookRoutes.redact(path), ex);
			respond(ctx, request, 500, error(0, "500: Internal Server Error"));
		}
	}

	private static String address(ChannelHandlerContext ctx) {
		return (ctx.channel().remoteAddress() instanceof InetSocketAddress socket && socket.getAddress() != null)
				? socket.getAddress().getHostAddress() : String.valueOf(ctx.channel().remoteAddress());
	}

	private static JsonNode error(int code, String message) {
		return new HttpError(500, code, message).body();
	}

	private void upgrade(ChannelHandlerContext ctx, FullHttpRequest request, QueryStringDecoder uri, boolean resume) {
		String url = "ws://" + request.headers().get(HttpHeaderNames.HOST, "127.0.0.1") + request.uri();
		WebSocketDecoderConfig decoder = WebSocketDecoderConfig.newBuilder()
			.maxFramePayloadLength(MAX_WEBSOCKET_FRAME)
			.allowExtensions(false)
			.build();
		WebSocketServerHandshaker handshaker = new WebSocketServerHandshakerFactory(url, null, decoder)
			.newHandshaker(request);
		if (handshaker == null) {
			WebSocketServerHandshakerFactory.sendUnsupportedVersionResponse(ctx.channel());
			return;
		}
		String version = first(uri.parameters(), "v");
		String encoding = first(uri.parameters(), "encoding");
		String compress = first(uri.parameters(), "compress");
		TransportEncoder encoder;
		String refusal = null;
		int refusalCode = 0;
		try {
			encoder = TransportEncoder.forQuery(compress);
		}
		catch (IllegalArgumentException ex) {
			encoder = new PlainEncoder();
			refusal = ex.getMessage();
			refusalCode = CloseCodes.DECODE_ERROR;
		}
		if (!"10".equals(version)) {
			refusal = "Invalid API version: v=" + version + "; the simulator speaks gateway v10";
			refusalCode = CloseCodes.INVALID_API_VERSION;
		}
		else if (encoding != null && !encoding.equals("json")) {
			refusal = "Unsupported encoding '" + encoding + "'; the simulator speaks encoding=json";
			refusalCode = CloseCodes.DECODE_ERROR;
		}
		String pathAndQuery = request.uri();
		TransportEncoder chosen = encoder;
		String reason = refusal;
		int code = refusalCode;
		ChannelHandler self = this;
		handshaker.handshake(ctx.channel(), request).addListener((ChannelFutureListener) (future) -> {
			if (!future.isSuccess()) {
				chosen.close();
				future.channel().close();
				return;
			}
			GatewayConnection connection = this.gateway.open(future.channel(), pathAndQuery, resume, chosen);
			future.channel().pipeline().addLast(new WebSocketFrameAggregator(MAX_WEBSOCKET_FRAME));
			future.channel().pipeline().addLast("gateway", connection);
			future.channel().pipeline().remove(self);
			this.gateway.recorder()
				.connection(new ConnectionRecord(connection.id(), pathAndQuery, resume, compress, this.gateway.now()));
			if (reason != null) {
				connection.close(code, reason);
			}
		});
	}

	private static String first(Map<String, List<String>> parameters, String name) {
		List<String> values = parameters.get(name);
		return (values != null && !values.isEmpty()) ? values.get(0) : null;
	}

	private static void respond(ChannelHandlerContext ctx, FullHttpRequest request, int status, JsonNode body) {
		respond(ctx, request, HttpAnswer.json(status, body));
	}

	private static void respond(ChannelHandlerContext ctx, FullHttpRequest request, HttpAnswer answer) {
		FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
				HttpResponseStatus.valueOf(answer.status()), Unpooled.wrappedBuffer(answer.body()));
		if (answer.contentType() != null) {
			response.headers().set(HttpHeaderNames.CONTENT_TYPE, answer.contentType());
		}
		answer.headers().forEach((name, value) -> response.headers().set(name, value));
		response.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, answer.body().length);
		boolean keepAlive = HttpUtil.isKeepAlive(request);
		HttpUtil.setKeepAlive(response, keepAlive);
		if (keepAlive) {
			ctx.writeAndFlush(response);
		}
		else {
			ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
		}
	}

	@Override
	public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
		logger.info("HTTP connection failed: {}", cause.toString());
		ctx.close();
	}


}
