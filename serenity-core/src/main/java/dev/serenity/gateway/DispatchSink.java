package dev.serenity.gateway;

/**
 * Where shards hand their dispatches and lifecycle events: the client's dispatcher. It never blocks the caller (a
 * Netty event loop): when it has no room it says so and calls back once it has, so the shard stops reading from
 * the socket instead of buffering without bound.
 */
public interface DispatchSink {

	/**
	 * Hand over a dispatch.
	 * @param shard the shard it came on
	 * @param frame the dispatch (op 0)
	 * @param onSpace run once when there is room again, if this call returns {@code false}
	 * @return {@code true} if the frame was accepted; {@code false} if there was no room (then {@code onSpace} will
	 * run and the caller offers the frame again)
	 */
	boolean offer(Shard shard, GatewayFrame frame, Runnable onSpace);

	/**
	 * Publish an event the client creates itself (shard lifecycle), in order with the shard's other such events.
	 * @param shard the shard
	 * @param event the event
	 */
	void publish(Shard shard, Object event);

}
