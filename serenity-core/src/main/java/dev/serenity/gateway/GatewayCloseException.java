package dev.serenity.gateway;

/**
 * Discord closed a shard with a code after which it must not reconnect. The message says what the code means and
 * what to change; it never contains the token.
 */
public final class GatewayCloseException extends RuntimeException {

	private final int shardId;

	private final int shardCount;

	private final int closeCode;

	/**
	 * Create the exception.
	 * @param shardId the shard
	 * @param shardCount the shard count
	 * @param closeCode Discord's close code
	 * @param reason Discord's close reason, or {@code null}
	 */
	public GatewayCloseException(int shardId, int shardCount, int closeCode, String reason) {
		super("Discord closed shard [" + shardId + ", " + shardCount + "] with " + GatewayCloseCode.describe(closeCode)
				+ ((reason != null && !reason.isBlank()) ? " (\"" + reason + "\")" : "") + advice(closeCode));
		this.shardId = shardId;
		this.shardCount = shardCount;
		this.closeCode = closeCode;
	}

	private static String advice(int code) {
		return switch (code) {
			case 4004 -> ". Check the bot token: copy it again from the Developer Portal (Bot > Reset Token).";
			case 4010 -> ". The shard id must be below the shard count.";
			case 4011 -> ". Too many guilds per shard: use more shards (or autosharding).";
			case 4012 -> ". The gateway version is not supported.";
			case 4013 -> ". The intents hold bits Discord does not define.";
			case 4014 -> ". Enable the privileged intents you request (Server Members, Presence, Message Content) "
					+ "in the Developer Portal under Bot > Privileged Gateway Intents, or stop requesting them.";
			default -> ".";
		};
	}

	public int shardId() {
		return this.shardId;
	}

	public int shardCount() {
		return this.shardCount;
	}

	public int closeCode() {
		return this.closeCode;
	}

}
