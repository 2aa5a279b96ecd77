package dev.serenity.interaction;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Verifies the requests Discord posts to an HTTP interactions endpoint: the Ed25519 signature in
 * {@code X-Signature-Ed25519} over the {@code X-Signature-Timestamp} followed by the raw body, checked with the
 * application's public key and the JDK's own EdDSA, and the timestamp's age on an injected clock (an old request is
 * a replay). Thread-safe.
 */
public final class InteractionSignatureVerifier {

	/** Default of {@code maxAge}: how old (or how far in the future) a request's timestamp may be. */
	public static final Duration DEFAULT_MAX_AGE = Duration.ofSeconds(30);

	/** The DER prefix of an X.509 SubjectPublicKeyInfo of an Ed25519 key, before its 32 raw bytes. */
	private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

	private static final int KEY_LENGTH = 32;

	private static final int SIGNATURE_LENGTH = 64;

	private final PublicKey publicKey;

	private final InstantSource clock;

	private final Duration maxAge;

	/**
	 * Create a verifier.
	 * @param publicKeyHex the application's public key as Discord shows it: 64 hexadecimal digits
	 * @param clock the clock the timestamp is checked on
	 * @param maxAge how far the timestamp may be from now
	 * @throws IllegalArgumentException naming {@code publicKey} when it is not an Ed25519 key in hexadecimal
	 */
	public InteractionSignatureVerifier(String publicKeyHex, InstantSource clock, Duration maxAge) {
		this.publicKey = publicKey(publicKeyHex);
		this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
		if (maxAge == null || maxAge.isNegative() || maxAge.isZero()) {
			throw new IllegalArgumentException("'maxAge' must be positive but was " + maxAge);
		}
		this.maxAge = maxAge;
	}

	private static PublicKey publicKey(String hex) {
		byte[] raw;
		try {
			raw = HexFormat.of().parseHex((hex != null) ? hex.trim() : "");
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("'publicKey' must be the application's public key in hexadecimal "
					+ "(64 digits, from the Developer Portal's General Information page)", ex);
		}
		if (raw.length != KEY_LENGTH) {
			throw new IllegalArgumentException("'publicKey' must be " + (2 * KEY_LENGTH) + " hexadecimal digits (an "
					+ "Ed25519 key) but had " + (2 * raw.length));
		}
		byte[] encoded = new byte[X509_PREFIX.length + KEY_LENGTH];
		System.arraycopy(X509_PREFIX, 0, encoded, 0, X509_PREFIX.length);
		System.arraycopy(raw, 0, encoded, X509_PREFIX.length, KEY_LENGTH);
		try {
			return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalArgumentException("'publicKey' is not a valid Ed25519 public key", ex);
		}
	}

	/**
	 * Verify a request.
	 * @param signatureHex the {@code X-Signature-Ed25519} header
	 * @param timestamp the {@code X-Signature-Timestamp} header (Unix seconds)
	 * @param body the raw request body
	 * @return the outcome; only {@link Result#VALID} may be processed
	 */
	public Result verify(String signatureHex, String timestamp, byte[] body) {
		if (signatureHex == null || timestamp == null || body == null) {
			return Result.MISSING_HEADERS;
		}
		Instant signedAt;
		byte[] signature;
		try {
			signedAt = Instant.ofEpochSecond(Long.parseLong(timestamp.trim()));
			signature = HexFormat.of().parseHex(signatureHex.trim());
		}
		catch (RuntimeException ex) {
			return Result.BAD_SIGNATURE;
		}
		if (signature.length != SIGNATURE_LENGTH) {
			return Result.BAD_SIGNATURE;
		}
		if (!signatureMatches(signature, timestamp.getBytes(StandardCharsets.UTF_8), body)) {
			return Result.BAD_SIGNATURE;
		}
		Duration age = Duration.between(signedAt, this.clock.instant()).abs();
		return (age.compareTo(this.maxAge) > 0) ? Result.STALE_TIMESTAMP : Result.VALID;
	}

	private boolean signatureMatches(byte[] signature, byte[] timestamp, byte[] body) {
		try {
			Signature verifier = Signature.getInstance("Ed25519");
			verifier.initVerify(this.publicKey);
			verifier.update(timestamp);
			verifier.update(body);
			return verifier.verify(signature);
		}
		catch (GeneralSecurityException ex) {
			return false;
		}
	}

	@Override
	public String toString() {
		return "InteractionSignatureVerifier[maxAge=" + this.maxAge + "]";
	}

	/**
	 * The outcome of a verification.
	 */
	public enum Result {

		/** Signed by the application's key, with a fresh timestamp. */
		VALID,

		/** A signature or timestamp header is missing. */
		MISSING_HEADERS,

		/** The signature is malformed, or not made by the application's key over this timestamp and body. */
		BAD_SIGNATURE,

		/** The signature is right but the timestamp is too old (or too far ahead): possibly a replay. */
		STALE_TIMESTAMP

	}

}
