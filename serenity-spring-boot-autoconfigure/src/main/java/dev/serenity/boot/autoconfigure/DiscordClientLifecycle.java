package dev.serenity.boot.autoconfigure;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.serenity.boot.listener.DiscordListenerEndpointRegistry;
import dev.serenity.client.DiscordClient;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;

/**
 * Connects the client's shards once the application context is refreshed, after installing the
 * {@code @DiscordListener} methods, and disconnects them gracefully when stopped: sessions are kept, so a start
 * after a stop resumes them; the client itself (listener lanes, REST) closes with the context, after listeners
 * finished what was received. By default startup waits for READY on every shard of this instance, so a
 * rejected token or a missing privileged intent fails the application. While running, a non-daemon thread keeps the
 * JVM alive (the client's own threads are daemons), as a web server would.
 */
public class DiscordClientLifecycle implements SmartLifecycle, DisposableBean {

	/** Phase: after most beans start, so listeners may use them; before the web server stops. */
	public static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 2048;

	private static final Log logger = LogFactory.getLog(DiscordClientLifecycle.class);

	private final DiscordClient client;

	private final ShardRange shards;

	private final boolean waitForReady;

	private final DiscordListenerEndpointRegistry listeners;

	private final Object monitor = new Object();

	private volatile boolean running;

	private boolean closed;


	private volatile CompletableFuture<Void> ready = CompletableFuture.completedFuture(null);

	/**
	 * Create the lifecycle.
	 * @param client the client
	 * @param shards the shards to run
	 * @param waitForReady whether {@link #start()} waits for READY
	 * @param listeners the listener methods to install first, or {@code null}
	 */
	public DiscordClientLifecycle(DiscordClient client, ShardRange shards, boolean waitForReady,
			DiscordListenerEndpointRegistry listeners) {
		this.client = client;
		this.shards = shards;
		this.waitForReady = waitForReady;
		this.listeners = listeners;
	}

	@Override
	public final void start() {
		synchronized (this.monitor) {
			if (this.running) {
				return;
			}
			if (this.closed) {
				throw new IllegalStateException("The Discord client is closed; it cannot connect again");
			}
			if (this.listeners != null) {
				this.listeners.installOn(this.client);
			}
			this.running = true;
			startKeepAlive();
			logger.info("Connecting Discord shards: " + this.shards);
			try {
				connect();
			}
			catch (RuntimeException | Error ex) {
				disconnect();
				throw ex;
			}
		}
	}

	private void connect() {
		if (this.shards.auto()) {
			if (this.waitForReady) {
				this.client.startAutosharded();
			}
			else {
				CompletableFuture<Void> started = new CompletableFuture<>();
				Thread starter = new Thread(() -> {
					try {
						this.client.startAutosharded();
						started.complete(null);
					}
					catch (RuntimeException ex) {
						started.completeExceptionally(ex);
					}
				}, "discord-autoshard-start");
				starter.setDaemon(true);
				starter.start();
				this.ready = reportFailure(started);
			}
		}
		else if (this.waitForReady) {
			this.client.startShardRange(this.shards.from(), this.shards.to(), this.shards.total());
		}
		else {
			this.ready = reportFailure(this.client.startShardRangeAsync(this.shards.from(), this.shards.to(),
					this.shards.total()));
		}
	}

	/** Without waiting for READY, a failed start would go unnoticed: log it (health reports it too). */
	private static CompletableFuture<Void> reportFailure(CompletableFuture<Void> started) {
		started.whenComplete((ignored, error) -> {
			if (error != null) {
				Throwable cause = (error instanceof java.util.concurrent.CompletionException && error.getCause() != null)
						? error.getCause() : error;
				logger.error("Discord shards failed to start (discord.startup.wait-for-ready=false, so the application "
						+ "keeps running without them): " + cause.getMessage(), cause);
			}
		});
		return started;
	}

	/**
	 * Return what completes when every shard of this instance was READY once.
	 * @return the startup's future
	 */
	public CompletableFuture<Void> ready() {
		return this.ready;
	}

	@Override
	public final void stop() {
		synchronized (this.monitor) {
			if (!this.running) {
				return;
			}
			logger.info("Disconnecting Discord shards; listeners finish what was received, sessions are kept");
			disconnect();
		}
	}

	/**
	 * Close the client (its listener lanes and REST client) when the context closes. A stopped lifecycle can be
	 * started again until then (Spring's test context cache pauses and restarts contexts this way).
	 */
	@Override
	public void destroy() {
		synchronized (this.monitor) {
			this.running = false;
			this.monitor.notifyAll();
			if (!this.closed) {
				this.closed = true;
				this.client.close(true);
			}
		}
	}

	private void startKeepAlive() {
		Thread thread = new Thread(() -> {
			synchronized (this.monitor) {
				while (this.running) {
					try {
						this.monitor.wait();
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
						return;
					}
				}
			}
		}, "discord-keep-alive");
		thread.setDaemon(false);
		thread.start();
	}

	private void disconnect() {
		this.running = false;
		this.monitor.notifyAll();
		try {
			this.client.disconnect(true).get(DiscordClient.DEFAULT_DRAIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException | TimeoutException ex) {
			logger.warn("Discord shards did not disconnect cleanly: " + ex);
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

}
