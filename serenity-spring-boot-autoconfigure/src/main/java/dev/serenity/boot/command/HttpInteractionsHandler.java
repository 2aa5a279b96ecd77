package dev.serenity.boot.command;

import dev.serenity.interaction.InitialResponseSender;
import dev.serenity.interaction.InteractionResponders;
import dev.serenity.interaction.InteractionSignatureVerifier;
import dev.serenity.json.DiscordJson;
import dev.serenity.model.Interaction;
import dev.serenity.model.InteractionType;
import dev.serenity.rest.api.InteractionResponse;
import dev.serenity.rest.api.MessageCreate;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP transport of interactions: the endpoint Discord posts interactions to. It verifies the Ed25519 signature
 * and timestamp (401 when wrong, missing or stale), answers PING with PONG, and hands every other interaction to
 * the same handler methods as the gateway, on the given scheduler (never on the web server's event loop). The
 * handler's initial response (or the automatic defer) becomes the HTTP response; follow-ups and edits go over REST.
 */
public final class HttpInteractionsHandler {

	/** Header of the request's signature. */
	public static final String SIGNATURE_HEADER = "X-Signature-Ed25519";

	/** Header of the signed timestamp. */
	public static final String TIMESTAMP_HEADER = "X-Signature-Timestamp";

	private static final Log logger = LogFactory.getLog(HttpInteractionsHandler.class);

	private final InteractionSignatureVerifier verifier;

	private final InteractionResponders responders;

	private final InteractionRouter router;

	private final Scheduler scheduler;

	private final JsonMapper json = DiscordJson.mapper();

	/**
	 * Create the handler.
	 * @param verifier checks the signatures
	 * @param responders opens the responder of each interaction
	 * @param router routes interactions to their handlers
	 * @param scheduler runs the handler methods
	 */
	public HttpInteractionsHandler(InteractionSignatureVerifier verifier, InteractionResponders responders,
			InteractionRouter router, Scheduler scheduler) {
		this.verifier = verifier;
		this.responders = responders;
		this.router = router;
		this.scheduler = scheduler;
	}

	/**
	 * Handle a request to the endpoint.
	 * @param request the request
	 * @return the answer: the initial response as JSON, or 401 / 400 / 500
	 */
	public Mono<ServerResponse> handle(ServerRequest request) {
		String signature = request.headers().firstHeader(SIGNATURE_HEADER);
		String timestamp = request.headers().firstHeader(TIMESTAMP_HEADER);
		return request.bodyToMono(byte[].class).defaultIfEmpty(new byte[0]).flatMap((body) -> {
			InteractionSignatureVerifier.Result result = this.verifier.verify(signature, timestamp, body);
			if (result != InteractionSignatureVerifier.Result.VALID) {
				logger.debug("Rejected an HTTP interaction: " + result);
				return ServerResponse.status(HttpStatus.UNAUTHORIZED).bodyValue("invalid request signature");
			}
			Interaction interaction;
			try {
				interaction = this.json.readValue(body, Interaction.class);
			}
			catch (JacksonException ex) {
				return ServerResponse.badRequest().bodyValue("not an interaction: " + ex.getOriginalMessage());
			}
			if (interaction.type() == InteractionType.PING) {
				return respond(InteractionResponse.pong());
			}
			return dispatch(interaction);
		});
	}

	private Mono<ServerResponse> dispatch(Interaction interaction) {
		Sinks.One<InteractionResponse> initial = Sinks.one();
		InitialResponseSender sender = (received, response) -> {
			if (!response.files().isEmpty()) {
				return Mono.error(new IllegalArgumentException("An initial response to an HTTP interaction cannot "
						+ "carry files; defer, then send them with editOriginal or followUp"));
			}
			initial.tryEmitValue(response);
			return Mono.empty();
		};
		this.scheduler.schedule(() -> {
			if (!this.router.route(interaction, (received) -> this.responders.open(received, sender))) {
				logger.warn("No interaction handler method for HTTP " + interaction);
				initial.tryEmitValue(InteractionResponse.message(MessageCreate.of(this.router.errorReply().isEmpty()
						? "Unknown interaction" : this.router.errorReply()), true));
			}
		});
		return initial.asMono()
			.timeout(InteractionResponders.RESPONSE_DEADLINE, this.scheduler)
			.flatMap(this::respond)
			.onErrorResume((error) -> {
				logger.warn("No initial response to HTTP " + interaction + " within "
						+ InteractionResponders.RESPONSE_DEADLINE.toSeconds() + " s; enable auto-defer");
				return ServerResponse.status(HttpStatus.INTERNAL_SERVER_ERROR).bodyValue("no response in time");
			});
	}

	private Mono<ServerResponse> respond(InteractionResponse response) {
		return ServerResponse.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(this.json.writeValueAsBytes(response.toJson()));
	}

	@Override
	public String toString() {
		return "HttpInteractionsHandler[" + this.verifier + "]";
	}

}
