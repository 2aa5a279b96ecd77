package dev.serenity.client;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.serenity.cache.DiscordCache;
import dev.serenity.event.DiscordEvent;
import dev.serenity.event.EventType;
import dev.serenity.event.VoiceServerUpdateEvent;
import dev.serenity.event.VoiceStateUpdateEvent;
import dev.serenity.gateway.DispatchSink;
import dev.serenity.gateway.GatewayFrame;
import dev.serenity.gateway.Shard;
import dev.serenity.gateway.lifecycle.ShardConnectedEvent;
import dev.serenity.gateway.lifecycle.ShardFatallyClosedEvent;
import dev.serenity.gateway.lifecycle.ShardResumedEvent;
import dev.serenity.gateway.voice.VoiceGatewayManager;
import dev.serenity.json.DiscordJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JsonParser;

/**
 * Runs listeners off the Netty event loops. Dispatches go to one of a fixed number of lanes by guild, so a guild's
 * events run in order while different guilds run in parallel; each lane holds a bounded number of dispatches, and a
 * shard stops reading its socket while the lane it needs is full. Typed events are decoded on the lane, at most once,
 * and only when someone listens to their type or the cache applies it; the cache is updated before listeners run.
 */
final class EventDispatcher implements DispatchSink {

	private static final Logger logger = LoggerFactory.getLogger(EventDispatcher.class);

	/** Dispatches without a guild that change what the cache knows of the whole shard or client. */
	private static final Set<String> SHARD_STATE = Set.of("READY", "USER_UPDATE");

	private final ListenerRegistry listeners;

	private final ListenerErrorHandler errorHandler;

	private final VoiceGatewayManager voiceManager;

	private final DispatchLane[] lanes;

	private volatile DiscordClient client;

	private volatile DiscordCache cache;

	private final AtomicBoolean voiceInitialized = new AtomicBoolean();

	EventDispatcher(ListenerRegistry listeners, ListenerErrorHandler errorHandler, VoiceGatewayManager voiceManager,
			int laneCount, int laneCapacity, ListenerThreads threads) {
		this.listeners = listeners;
		this.errorHandler = errorHandler;
		this.voiceManager = voiceManager;
		this.lanes = new DispatchLane[laneCount];
		ThreadFactory factory = threads.factory("serenity-listener-");
		for (int i = 0; i < laneCount; i++) {
			this.lanes[i] = new DispatchLane(laneCapacity, this::handle, factory);
		}
	}

	void client(DiscordClient client) {
		this.client = client;
		this.cache = client.cache();
	}

	@Override
	public boolean offer(Shard shard, GatewayFrame frame, Runnable onSpace) {
		Dispatch dispatch = new Dispatch(shard.id(), shard.total(), frame);
		DiscordCache cache = this.cache;
		if (cache != null && frame.guildId() == 0 && SHARD_STATE.contains(frame.type())
				&& cache.handles(EventType.forName(frame.type()))) {
			// Applied here, in the shard's frame order: the GUILD_CREATEs that follow READY run on other lanes and
			// must find the bot's user and the unavailable guilds already in the cache. Such a dispatch comes once a
			// session or on a rename, so it skips the lane's capacity instead of being offered twice.
			lane(0, shard.id()).force(applied(cache, dispatch));
			return true;
		}
		return lane(frame.guildId(), shard.id()).offer(dispatch, onSpace);
	}

	private Applied applied(DiscordCache cache, Dispatch dispatch) {
		GatewayFrame frame = dispatch.frame();
		EventType<?> type = EventType.forName(frame.type());
		Object event = (type != null) ? decode(type, frame, dispatch.shardId()) : null;
		Object before = (event != null) ? updateCache(cache, (DiscordEvent) event, frame, dispatch.shardId()) : null;
		return new Applied(dispatch, event, before);
	}

	@Override
	public void publish(Shard shard, Object event) {
		lane(0, shard.id()).force(new Created(shard, event));
	}

	/**
	 * Publish an event the client creates outside any shard (e.g. a REST rate-limit wait); never blocks.
	 * @param event the event
	 */
	void publishClientEvent(Object event) {
		this.lanes[0].force(new ClientCreated(event));
	}

	private DispatchLane lane(long guildId, int shardId) {
		long key = (guildId != 0) ? (guildId >>> 22) : shardId;
		return this.lanes[(int) Long.remainderUnsigned(key, this.lanes.length)];
	}

	/**
	 * Return how many dispatches wait in the lanes.
	 * @return the queued count
	 */
	int queued() {
		int total = 0;
		for (DispatchLane lane : this.lanes) {
			total += lane.queued();
		}
		return total;
	}

	private void handle(Object item) {
		if (item instanceof Dispatch dispatch) {
			handle(dispatch);
		}
		else if (item instanceof Applied applied) {
			handle(applied);
		}
		else if (item instanceof ClientCreated created) {
			EventContext context = new EventContext(this.client, -1, 0, -1);
			deliver(created.event(), this.listeners.listenersFor(created.event().getClass()), context);
		}
		else if (item instanceof Created created) {
			Shard shard = created.shard();
			if (this.voiceManager != null) {
				updateVoiceManager(shard, created.event());
			}
			EventContext context = new EventContext(this.client, shard.id(), shard.total(), -1);
			deliver(created.event(), this.listeners.listenersFor(created.event().getClass()), context);
		}
	}

	private void handle(Dispatch dispatch) {
		GatewayFrame frame = dispatch.frame();
		EventContext context = context(dispatch);
		EventType<?> type = EventType.forName(frame.type());
		List<? extends ListenerRegistry.Registration<?>> typed = typedListeners(type);
		boolean voice = forVoiceManager(type);
		DiscordCache cache = this.cache;
		boolean cached = type != null && cache != null && cache.handles(type);
		// Decoded at most once, and only when someone wants the typed event; the cache applies it before any
		// listener, raw ones included, runs.
		Object event = (!typed.isEmpty() || voice || cached) ? decode(type, frame, dispatch.shardId()) : null;
		if (event != null && cached) {
			context = context.withBefore(updateCache(cache, (DiscordEvent) event, frame, dispatch.shardId()));
		}
		deliver(dispatch, event, typed, voice, context);
	}

	private void handle(Applied applied) {
		EventType<?> type = EventType.forName(applied.dispatch().frame().type());
		EventContext context = context(applied.dispatch()).withBefore(applied.before());
		deliver(applied.dispatch(), applied.event(), typedListeners(type), forVoiceManager(type), context);
	}

	private EventContext context(Dispatch dispatch) {
		return new EventContext(this.client, dispatch.shardId(), dispatch.shardCount(),
				dispatch.frame().sequence());
	}

	private List<? extends ListenerRegistry.Registration<?>> typedListeners(EventType<?> type) {
		return (type != null) ? this.listeners.listenersFor(type.eventClass()) : List.of();
	}

	private boolean forVoiceManager(EventType<?> type) {
		return type != null && this.voiceManager != null && (type.eventClass() == VoiceStateUpdateEvent.class
				|| type.eventClass() == VoiceServerUpdateEvent.class);
	}

	private void deliver(Dispatch dispatch, Object event, List<? extends ListenerRegistry.Registration<?>> typed,
			boolean voice, EventContext context) {
		GatewayFrame frame = dispatch.frame();
		List<ListenerRegistry.Registration<RawEvent>> raw = this.listeners.rawListeners();
		if (!raw.isEmpty()) {
			RawEvent rawEvent = new RawEvent(dispatch.shardId(), dispatch.shardCount(), frame.type(),
					frame.sequence(), frame.guildId(), frame.bytes(), frame.dataOffset(), frame.dataLength());
			deliver(rawEvent, raw, context);
		}
		if (event == null) {
			return;
		}
		if (voice) {
			deliverToVoiceManager(event, dispatch.shardId());
		}
		deliver(event, typed, context);
	}

	private static Object updateCache(DiscordCache cache, DiscordEvent event, GatewayFrame frame, int shardId) {
		try {
			return cache.update(event, shardId);
		}
		catch (RuntimeException ex) {
			logger.error("Cache failed to apply {} (s={}) of shard {}; listeners still get it", frame.type(),
					frame.sequence(), shardId, ex);
			return null;
		}
	}

	private Object decode(EventType<?> type, GatewayFrame frame, int shardId) {
		if (!frame.hasData()) {
			logger.warn("Shard {} skipped {} (s={}): it has no data", shardId, frame.type(), frame.sequence());
			return null;
		}
		try (JsonParser parser = DiscordJson.mapper()
			.createParser(frame.bytes(), frame.dataOffset(), frame.dataLength())) {
			parser.nextToken();
			return type.decode(parser);
		}
		catch (RuntimeException ex) {
			logger.warn("Shard {} could not decode {} (s={}); raw listeners still got it: {}", shardId, frame.type(),
					frame.sequence(), ex.getMessage());
			return null;
		}
	}

	private void updateVoiceManager(Shard shard, Object event) {
		try {
			if (event instanceof ShardConnectedEvent || event instanceof ShardResumedEvent) {
				if (shard.userId() != null && this.voiceInitialized.compareAndSet(false, true)) {
					this.voiceManager.initialize(shard.total(), shard.userId());
				}
				this.voiceManager.registerShard(shard.id(), shard::updateVoiceState);
			}
			else if (event instanceof ShardFatallyClosedEvent) {
				this.voiceManager.deregisterShard(shard.id());
			}
		}
		catch (RuntimeException ex) {
			logger.error("Voice gateway manager failed on {} of shard {}", event.getClass().getSimpleName(), shard.id(),
					ex);
		}
	}

	private void deliverToVoiceManager(Object event, int shardId) {
		try {
			if (event instanceof VoiceStateUpdateEvent state) {
				this.voiceManager.onVoiceStateUpdate(shardId, state);
			}
			else if (event instanceof VoiceServerUpdateEvent server) {
				this.voiceManager.onVoiceServerUpdate(shardId, server);
			}
		}
		catch (RuntimeException ex) {
			logger.error("Voice gateway manager failed on {} of shard {}", event.getClass().getSimpleName(), shardId, ex);
		}
	}

	private void deliver(Object event, List<? extends ListenerRegistry.Registration<?>> registrations,
			EventContext context) {
		for (ListenerRegistry.Registration<?> registration : registrations) {
			try {
				registration.invoke(event, context);
			}
			catch (Throwable ex) {
				try {
					this.errorHandler.handle(event, registration.name(), context, ex);
				}
				catch (RuntimeException handlerFailure) {
					logger.error("Listener error handler failed for listener '{}'", registration.name(), handlerFailure);
				}
			}
			// An interrupt a listener caused or left behind must not reach the next listener or the lane.
			Thread.interrupted();
		}
	}

	/**
	 * Run what is queued, then stop the lanes.
	 * @param timeoutMillis how long to wait for the lanes
	 */
	void close(long timeoutMillis) {
		long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
		for (DispatchLane lane : this.lanes) {
			try {
				long left = Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
				if (!lane.stop(left)) {
					lane.interrupt();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				lane.interrupt();
			}
		}
	}

	private record Dispatch(int shardId, int shardCount, GatewayFrame frame) implements DispatchLane.Counted {
	}

	/** A dispatch the cache applied before it was queued; {@code event} is {@code null} when it did not decode. */
	private record Applied(Dispatch dispatch, Object event, Object before) {
	}

	private record Created(Shard shard, Object event) {
	}

	private record ClientCreated(Object event) {
	}

}
