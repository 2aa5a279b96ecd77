package dev.serenity.gateway.compression;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import dev.serenity.simulator.gateway.compression.TransportEncoder;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufUtil;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;

/**
 * Test support: payloads encoded the way the simulator's gateway sends them, one WebSocket message per payload.
 */
final class EncodedStream {

	private EncodedStream() {
	}

	/** Encode payloads in order with one encoder, as one connection would. */
	static List<byte[]> encode(TransportEncoder encoder, List<String> payloads) {
		try {
			List<byte[]> messages = new ArrayList<>();
			for (String payload : payloads) {
				WebSocketFrame frame = encoder.encode(ByteBufAllocator.DEFAULT,
						payload.getBytes(StandardCharsets.UTF_8), "MESSAGE_CREATE");
				try {
					messages.add(ByteBufUtil.getBytes(frame.content()));
				}
				finally {
					frame.release();
				}
			}
			return messages;
		}
		finally {
			encoder.close();
		}
	}

	/** Dispatch-like payloads with sequence numbers 1..count, some of them long. */
	static List<String> dispatches(int count) {
		List<String> payloads = new ArrayList<>();
		for (int s = 1; s <= count; s++) {
			String content = "message " + s + " " + "x".repeat((s % 10 == 0) ? 40_000 : s);
			payloads.add(dispatch(s, content));
		}
		return payloads;
	}

	/** A dispatch whose content is {@code length} pseudo-random letters, which compress poorly. */
	static String randomDispatch(int length, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		StringBuilder content = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			content.append((char) ('a' + random.nextInt(26)));
		}
		return dispatch(1, content.toString());
	}

	static String dispatch(int sequence, String content) {
		return "{\"op\":0,\"s\":" + sequence + ",\"t\":\"MESSAGE_CREATE\",\"d\":{\"content\":\"" + content + "\"}}";
	}

	static String utf8(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}

}
