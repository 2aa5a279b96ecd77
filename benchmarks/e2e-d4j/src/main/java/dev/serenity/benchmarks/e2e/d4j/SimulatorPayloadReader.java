package dev.serenity.benchmarks.e2e.d4j;

import java.nio.charset.StandardCharsets;

import discord4j.gateway.json.GatewayPayload;
import discord4j.gateway.payload.PayloadReader;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.util.ReferenceCountUtil;
import org.reactivestreams.Publisher;

/**
 * Discord4J's payload reader, tolerant of the simulator's short non-dispatch payloads. Discord sends every payload
 * with {@code t}, {@code s} and {@code d} (null where unused); the simulator sends HELLO as {@code {"op":10,"d":...}}
 * and heartbeat ACK as {@code {"op":11}}, and Discord4J 3.3.2's deserializer then fails on the missing fields. A
 * payload that starts with {@code {"op":} gets the missing null fields; dispatches (which start with
 * {@code {"t":}) go to the delegate untouched, so the flood's path is Discord4J's own.
 */
final class SimulatorPayloadReader implements PayloadReader {

	private static final byte[] OP_FIRST = "{\"op\":".getBytes(StandardCharsets.US_ASCII);

	private final PayloadReader delegate;

	SimulatorPayloadReader(PayloadReader delegate) {
		this.delegate = delegate;
	}

	@Override
	public Publisher<GatewayPayload<?>> read(ByteBuf payload) {
		if (!startsWith(payload, OP_FIRST)) {
			return this.delegate.read(payload);
		}
		String json = payload.toString(StandardCharsets.UTF_8);
		ReferenceCountUtil.release(payload);
		String fields = "\"t\":null,\"s\":null," + (json.contains("\"d\":") ? "" : "\"d\":null,");
		String fixed = "{" + fields + json.substring(1);
		return this.delegate.read(Unpooled.wrappedBuffer(fixed.getBytes(StandardCharsets.UTF_8)));
	}

	private static boolean startsWith(ByteBuf buffer, byte[] prefix) {
		if (buffer.readableBytes() < prefix.length) {
			return false;
		}
		int start = buffer.readerIndex();
		for (int i = 0; i < prefix.length; i++) {
			if (buffer.getByte(start + i) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
