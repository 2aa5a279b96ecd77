package dev.serenity.benchmarks.e2e;

/**
 * The command line every contestant takes from the driver:
 * {@code --gateway=URL --rest=URL --token=TOKEN --shards=N --count=M [--compress=none|zlib-stream]}.
 *
 * @param gatewayUrl the simulator's gateway URL, such as {@code ws://127.0.0.1:PORT}
 * @param restUrl the simulator's REST base URL, such as {@code http://127.0.0.1:PORT/api/v10}
 * @param token the bot token the simulator accepts
 * @param shards the shards to run in this process, all of {@code shards}
 * @param count the MESSAGE_CREATE events after which the run is done
 * @param compress the transport compression: {@code none} or {@code zlib-stream}
 */
public record ClientOptions(String gatewayUrl, String restUrl, String token, int shards, long count,
		String compress) {

	/**
	 * Parse a contestant's arguments.
	 * @param args the arguments
	 * @return the options
	 */
	public static ClientOptions parse(String[] args) {
		String gateway = null;
		String rest = null;
		String token = null;
		int shards = 1;
		long count = 1_000_000;
		String compress = "none";
		for (String arg : args) {
			int equals = arg.indexOf('=');
			if (!arg.startsWith("--") || equals < 0) {
				throw new IllegalArgumentException("Unknown argument '" + arg + "'");
			}
			String value = arg.substring(equals + 1);
			switch (arg.substring(2, equals)) {
				case "gateway" -> gateway = value;
				case "rest" -> rest = value;
				case "token" -> token = value;
				case "shards" -> shards = Integer.parseInt(value);
				case "count" -> count = Long.parseLong(value);
				case "compress" -> compress = value;
				default -> throw new IllegalArgumentException("Unknown option '" + arg + "'");
			}
		}
		if (gateway == null || rest == null || token == null) {
			throw new IllegalArgumentException("--gateway, --rest and --token are required");
		}
		if (!compress.equals("none") && !compress.equals("zlib-stream")) {
			throw new IllegalArgumentException("--compress must be none or zlib-stream");
		}
		return new ClientOptions(gateway, rest, token, shards, count, compress);
	}

	/**
	 * Return whether the client asks for {@code compress=zlib-stream}.
	 * @return {@code true} for zlib-stream
	 */
	public boolean zlib() {
		return this.compress.equals("zlib-stream");
	}

}
