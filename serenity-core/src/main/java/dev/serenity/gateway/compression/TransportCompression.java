package dev.serenity.gateway.compression;

/**
 * Transport compression a shard asks for with the {@code compress} query parameter of the gateway URL. With transport
 * compression every message Discord sends is a binary WebSocket message that belongs to one compressed stream per
 * connection, so each connection needs its own {@link GatewayDecompressor}.
 *
 * @see GatewayDecompressor#create(TransportCompression, int)
 */
public enum TransportCompression {

	/** No transport compression: every payload arrives as one text message. */
	NONE(null),

	/**
	 * {@code compress=zlib-stream}: one zlib stream per connection, each payload ended by a sync flush
	 * ({@code 00 00 FF FF}). Needs only the JDK.
	 */
	ZLIB_STREAM("zlib-stream"),

	/**
	 * {@code compress=zstd-stream}: one zstd stream per connection, each payload flushed into exactly one message.
	 * Needs the optional dependency {@code com.github.luben:zstd-jni}.
	 */
	ZSTD_STREAM("zstd-stream");

	private final String queryValue;

	TransportCompression(String queryValue) {
		this.queryValue = queryValue;
	}

	/**
	 * Return the value of the {@code compress} query parameter.
	 * @return {@code "zlib-stream"}, {@code "zstd-stream"}, or {@code null} for {@link #NONE}, which sends no
	 * parameter
	 */
	public String queryValue() {
		return this.queryValue;
	}

	/**
	 * Return the compression for a {@code compress} query parameter value.
	 * @param queryValue {@code "zlib-stream"}, {@code "zstd-stream"}, or {@code null} or empty for no compression
	 * @return the compression
	 * @throws IllegalArgumentException for a value Discord does not offer
	 */
	public static TransportCompression fromQueryValue(String queryValue) {
		if (queryValue == null || queryValue.isEmpty()) {
			return NONE;
		}
		for (TransportCompression compression : values()) {
			if (queryValue.equals(compression.queryValue)) {
				return compression;
			}
		}
		throw new IllegalArgumentException(
				"Unknown transport compression '" + queryValue + "'; Discord offers zlib-stream and zstd-stream");
	}

}
