package dev.serenity.benchmarks;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;
import java.util.zip.Deflater;

import com.github.luben.zstd.EndDirective;
import com.github.luben.zstd.ZstdCompressCtx;
import dev.serenity.gateway.compression.GatewayDecompressor;
import dev.serenity.gateway.compression.ZlibStreamDecompressor;
import dev.serenity.gateway.compression.ZstdStreamDecompressor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Transport decompression with the client's decompressors. In setup, {@value #FRAMES} distinct MESSAGE_CREATE
 * payloads are compressed once as one connection's stream (zlib: one {@link Deflater}, a sync flush after each
 * payload; zstd: one zstd-jni streaming context, a flush after each payload). An invocation inflates the whole
 * stream with a new decompressor, as a new connection would; one operation is one frame, so the decompressor's
 * creation is spread over {@value #FRAMES} frames.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class InflateBenchmark {

	/** Frames in the stream. */
	public static final int FRAMES = 1000;

	private byte[][] zlibMessages;

	private byte[][] zstdMessages;

	private int payloadBytes;

	/**
	 * Compress the stream both ways and check that the client inflates it back.
	 */
	@Setup
	public void setUp() {
		byte[][] payloads = new byte[FRAMES][];
		for (int i = 0; i < FRAMES; i++) {
			payloads[i] = GatewayPayloads.messageCreate(i + 1);
			this.payloadBytes += payloads[i].length;
		}
		this.zlibMessages = zlib(payloads);
		this.zstdMessages = zstd(payloads);
		if (inflate(new ZlibStreamDecompressor(GatewayDecompressor.DEFAULT_MAX_PAYLOAD_BYTES),
				this.zlibMessages) != this.payloadBytes
				|| inflate(new ZstdStreamDecompressor(GatewayDecompressor.DEFAULT_MAX_PAYLOAD_BYTES),
						this.zstdMessages) != this.payloadBytes) {
			throw new IllegalStateException("The decompressors did not give back the payloads");
		}
	}

	/**
	 * Inflate a zlib-stream connection.
	 * @return the bytes inflated
	 */
	@Benchmark
	@OperationsPerInvocation(FRAMES)
	public long zlibStream() {
		return inflate(new ZlibStreamDecompressor(GatewayDecompressor.DEFAULT_MAX_PAYLOAD_BYTES), this.zlibMessages);
	}

	/**
	 * Inflate a zstd-stream connection.
	 * @return the bytes inflated
	 */
	@Benchmark
	@OperationsPerInvocation(FRAMES)
	public long zstdStream() {
		return inflate(new ZstdStreamDecompressor(GatewayDecompressor.DEFAULT_MAX_PAYLOAD_BYTES), this.zstdMessages);
	}

	private static long inflate(GatewayDecompressor decompressor, byte[][] messages) {
		long total = 0;
		try (decompressor) {
			for (byte[] message : messages) {
				byte[] payload = decompressor.decompress(message);
				total += payload.length;
			}
		}
		return total;
	}

	/**
	 * Compress payloads as one zlib-stream connection.
	 * @param payloads the payloads in order
	 * @return one message per payload
	 */
	static byte[][] zlib(byte[][] payloads) {
		Deflater deflater = new Deflater();
		byte[] chunk = new byte[64 * 1024];
		byte[][] messages = new byte[payloads.length][];
		try {
			for (int i = 0; i < payloads.length; i++) {
				ByteArrayOutputStream out = new ByteArrayOutputStream();
				deflater.setInput(payloads[i]);
				int written;
				do {
					written = deflater.deflate(chunk, 0, chunk.length, Deflater.SYNC_FLUSH);
					out.write(chunk, 0, written);
				}
				while (written == chunk.length || !deflater.needsInput());
				messages[i] = out.toByteArray();
			}
		}
		finally {
			deflater.end();
		}
		return messages;
	}

	/**
	 * Compress payloads as one zstd-stream connection (level 3, as zstd's default).
	 * @param payloads the payloads in order
	 * @return one message per payload
	 */
	static byte[][] zstd(byte[][] payloads) {
		byte[][] messages = new byte[payloads.length][];
		try (ZstdCompressCtx context = new ZstdCompressCtx()) {
			context.setLevel(3);
			ByteBuffer output = ByteBuffer.allocateDirect(64 * 1024);
			for (int i = 0; i < payloads.length; i++) {
				ByteBuffer input = ByteBuffer.allocateDirect(payloads[i].length);
				input.put(payloads[i]).flip();
				ByteArrayOutputStream out = new ByteArrayOutputStream();
				boolean done;
				do {
					output.clear();
					done = context.compressDirectByteBufferStream(output, input, EndDirective.FLUSH);
					output.flip();
					byte[] bytes = new byte[output.remaining()];
					output.get(bytes);
					out.write(bytes, 0, bytes.length);
				}
				while (!done || input.hasRemaining());
				messages[i] = out.toByteArray();
			}
		}
		return messages;
	}

	/**
	 * Return the average compressed size of a frame, for reports.
	 * @param messages the compressed messages
	 * @return bytes per message
	 */
	static double averageSize(byte[][] messages) {
		long total = 0;
		for (byte[] message : messages) {
			total += message.length;
		}
		return (double) total / messages.length;
	}

}
