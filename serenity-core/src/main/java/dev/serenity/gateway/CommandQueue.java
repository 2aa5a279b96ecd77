package dev.serenity.gateway;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import dev.serenity.gateway.ratelimit.CommandRateLimiter;
import reactor.core.Disposable;

/**
 * The commands a shard has yet to send (presence, voice state, member requests), sent while the shard is connected
 * and the command limit allows; heartbeats count against the same limit. Used only on the shard's executor.
 */
final class CommandQueue {

	private final GatewayConfig config;

	private final int shardId;

	private final Function<Duration, Disposable> flushLater;

	private final Deque<PendingCommand> pending = new ArrayDeque<>();

	private CommandRateLimiter limiter;

	private Disposable flushTask;

	/**
	 * Create the queue.
	 * @param config the gateway settings (command limit and window, clock)
	 * @param shardId the shard, for error messages
	 * @param flushLater schedules a flush on the shard's executor after a delay
	 */
	CommandQueue(GatewayConfig config, int shardId, Function<Duration, Disposable> flushLater) {
		this.config = config;
		this.shardId = shardId;
		this.flushLater = flushLater;
		this.limiter = limiter(Duration.ofSeconds(45));
	}

	private CommandRateLimiter limiter(Duration heartbeatInterval) {
		return new CommandRateLimiter(this.config.commandLimit(), this.config.commandWindow(), heartbeatInterval,
				this.config.clock());
	}

	/**
	 * Start counting anew for a new connection, keeping room for its heartbeats.
	 * @param heartbeatInterval the connection's heartbeat interval
	 */
	void newConnection(Duration heartbeatInterval) {
		this.limiter = limiter(heartbeatInterval);
	}

	void heartbeatSent() {
		this.limiter.recordHeartbeat();
	}

	/**
	 * Queue a command.
	 * @param payload the payload
	 * @param sent completed when the payload was handed to the connection
	 */
	void add(String payload, CompletableFuture<Void> sent) {
		if (this.pending.size() >= Shard.MAX_PENDING_COMMANDS) {
			sent.completeExceptionally(new IllegalStateException("Shard " + this.shardId + " already has "
					+ Shard.MAX_PENDING_COMMANDS + " commands waiting to be sent; slow down"));
			return;
		}
		this.pending.add(new PendingCommand(payload, sent));
	}

	/**
	 * Send what the limit allows; schedule the rest.
	 * @param connection the connection, or {@code null} while disconnected (then nothing is sent)
	 */
	void flush(ShardConnection connection) {
		while (!this.pending.isEmpty() && connection != null) {
			if (!this.limiter.tryAcquireCommand()) {
				if (this.flushTask == null) {
					this.flushTask = this.flushLater.apply(this.limiter.timeUntilNextCommand());
				}
				return;
			}
			PendingCommand command = this.pending.poll();
			if (connection.send(command.payload())) {
				command.sent().complete(null);
			}
			else {
				this.pending.addFirst(command);
				return;
			}
		}
	}

	/**
	 * Note that the scheduled flush is running; the next shortage schedules a new one.
	 */
	void timerFired() {
		this.flushTask = null;
	}

	void cancelTimer() {
		if (this.flushTask != null) {
			this.flushTask.dispose();
			this.flushTask = null;
		}
	}

	/**
	 * Fail every waiting command.
	 * @param reason why they will not be sent
	 */
	void failAll(String reason) {
		PendingCommand command;
		while ((command = this.pending.poll()) != null) {
			command.sent().completeExceptionally(new IllegalStateException("Command not sent: " + reason));
		}
	}

	private record PendingCommand(String payload, CompletableFuture<Void> sent) {
	}

}
