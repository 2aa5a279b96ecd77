package dev.serenity.simulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import tools.jackson.databind.node.ObjectNode;

/**
 * The HTTP-interactions mode of the simulator: instead of INTERACTION_CREATE over the gateway, interactions are
 * posted to the bot's interactions endpoint, signed like Discord signs them (Ed25519 over the
 * {@code X-Signature-Timestamp} and the body) with a test key made for this delivery. The bot's HTTP answer is the
 * initial response, which the simulator then applies through its own callback route, so the 3-second deadline and
 * the 10062/40060 errors hold as over the gateway. Switch it on with
 * {@link InteractionControl#deliverOverHttp(HttpInteractionDelivery)}.
 */
public final class HttpInteractionDelivery {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final URI endpoint;

	private final URI restUrl;

	private final String botToken;

	private final InstantSource clock;

	private final KeyPair keys;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

	private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();

	/**
	 * Create a delivery with a new test key.
	 * @param endpoint the bot's interactions endpoint, e.g. {@code http://127.0.0.1:8080/interactions}
	 * @param restUrl the simulator's REST URL, where the bot's answers are applied
	 * @param botToken the bot's token, to apply them
	 * @param clock the clock of the signatures' timestamps (the simulator's)
	 */
	public HttpInteractionDelivery(URI endpoint, String restUrl, String botToken, InstantSource clock) {
		this(endpoint, restUrl, botToken, clock, generateKeys());
	}

	/**
	 * Create a delivery signing with the given test key (e.g. made before the bot starts, to configure its public
	 * key).
	 * @param endpoint the bot's interactions endpoint
	 * @param restUrl the simulator's REST URL
	 * @param botToken the bot's token
	 * @param clock the clock of the signatures' timestamps
	 * @param keys an Ed25519 key pair
	 */
	public HttpInteractionDelivery(URI endpoint, String restUrl, String botToken, InstantSource clock,
			KeyPair keys) {
		this.endpoint = Objects.requireNonNull(endpoint, "'endpoint' must not be null");
		this.restUrl = URI.create(Objects.requireNonNull(restUrl, "'restUrl' must not be null"));
		this.botToken = Objects.requireNonNull(botToken, "'botToken' must not be null");
		this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
		this.keys = Objects.requireNonNull(keys, "'keys' must not be null");
	}

	/**
	 * Make an Ed25519 test key pair.
	 * @return the keys
	 */
	public static KeyPair generateKeys() {
		try {
			return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("This JDK has no Ed25519", ex);
		}
	}

	/**
	 * Return the public key of a test key pair as the Developer Portal shows it.
	 * @param keys the keys
	 * @return 64 hexadecimal digits
	 */
	public static String publicKey(KeyPair keys) {
		byte[] encoded = keys.getPublic().getEncoded();
		return HexFormat.of().formatHex(Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length));
	}

	/**
	 * Return the public key to configure in the bot, as the Developer Portal shows it.
	 * @return 64 hexadecimal digits
	 */
	public String publicKey() {
		return publicKey(this.keys);
	}

	/**
	 * Check the endpoint as Discord does when its URL is saved: a signed PING must be answered with PONG, and a
	 * request with a wrong signature must be refused with 401.
	 * @return whether the endpoint passed both checks
	 */
	public boolean verifyEndpoint() {
		String ping = "{\"id\":\"1\",\"application_id\":\"1\",\"type\":1,\"token\":\"ping\",\"version\":1}";
		HttpResponse<String> signed = post(ping, sign(ping)).join();
		String wrong = sign("{\"type\":1}");
		HttpResponse<String> unsigned = post(ping, wrong).join();
		return signed.statusCode() == 200 && signed.body().replace(" ", "").contains("\"type\":1")
				&& unsigned.statusCode() == 401;
	}

	/**
	 * Post an interaction to the endpoint; a 200 answer is applied as the initial response.
	 * @param interaction the interaction
	 * @return completes with the delivery once the answer was applied (or refused)
	 */
	CompletableFuture<Delivery> deliver(ObjectNode interaction) {
		String body = interaction.toString();
		String id = interaction.path("id").asString();
		String token = interaction.path("token").asString();
		return post(body, sign(body)).thenCompose((response) -> {
			if (response.statusCode() != 200) {
				return CompletableFuture.completedFuture(new Delivery(id, response.statusCode(), 0));
			}
			HttpRequest callback = HttpRequest
				.newBuilder(URI.create(this.restUrl + "/interactions/" + id + "/" + token + "/callback"))
				.timeout(TIMEOUT)
				.header("Authorization", "Bot " + this.botToken)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(response.body()))
				.build();
			return this.http.sendAsync(callback, HttpResponse.BodyHandlers.ofString())
				.thenApply((applied) -> new Delivery(id, response.statusCode(), applied.statusCode()));
		}).whenComplete((delivery, error) -> {
			if (delivery != null) {
				this.deliveries.add(delivery);
			}
		});
	}

	/**
	 * Return what happened to each interaction delivered so far.
	 * @return the deliveries, in order of completion
	 */
	public List<Delivery> deliveries() {
		return List.copyOf(this.deliveries);
	}

	private CompletableFuture<HttpResponse<String>> post(String body, String signature) {
		HttpRequest request = HttpRequest.newBuilder(this.endpoint)
			.timeout(TIMEOUT)
			.header("X-Signature-Ed25519", signature)
			.header("X-Signature-Timestamp", timestamp())
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return this.http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
	}

	private String timestamp() {
		return Long.toString(this.clock.instant().getEpochSecond());
	}

	private String sign(String body) {
		try {
			Signature signature = Signature.getInstance("Ed25519");
			signature.initSign(this.keys.getPrivate());
			signature.update(timestamp().getBytes(StandardCharsets.UTF_8));
			signature.update(body.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(signature.sign());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not sign with the test key", ex);
		}
	}

	@Override
	public String toString() {
		return "HttpInteractionDelivery[" + this.endpoint + "]";
	}

	/**
	 * What happened to one interaction posted to the endpoint.
	 *
	 * @param interactionId the interaction
	 * @param endpointStatus the endpoint's HTTP status (200, or 401 when it refused the signature)
	 * @param callbackStatus the status of applying the answer as the initial response (204 when accepted; 0 when the
	 * endpoint did not answer 200)
	 */
	public record Delivery(String interactionId, int endpointStatus, int callbackStatus) {
	}

}
