package dev.serenity.gateway.compression;

import java.util.Arrays;

/**
 * A growable byte array reused across payloads. After a payload larger than {@link #RETAINED_CAPACITY} it drops its
 * large array on {@link #clear()}, so an idle connection does not keep a multi-MiB buffer alive.
 */
final class ByteAccumulator {

	static final int INITIAL_CAPACITY = 8 * 1024;

	static final int RETAINED_CAPACITY = 256 * 1024;

	private byte[] bytes = new byte[INITIAL_CAPACITY];

	private int size;

	void append(byte[] source, int offset, int length) {
		ensureCapacity((long) this.size + length);
		System.arraycopy(source, offset, this.bytes, this.size, length);
		this.size += length;
	}

	int size() {
		return this.size;
	}

	/** The backing array; valid from 0 to {@link #size()} until the next append or clear. */
	byte[] array() {
		return this.bytes;
	}

	boolean endsWith(byte[] suffix) {
		if (this.size < suffix.length) {
			return false;
		}
		return Arrays.equals(this.bytes, this.size - suffix.length, this.size, suffix, 0, suffix.length);
	}

	byte[] toByteArray() {
		return Arrays.copyOf(this.bytes, this.size);
	}

	void clear() {
		this.size = 0;
		if (this.bytes.length > RETAINED_CAPACITY) {
			this.bytes = new byte[INITIAL_CAPACITY];
		}
	}

	private void ensureCapacity(long needed) {
		if (needed <= this.bytes.length) {
			return;
		}
		if (needed > Integer.MAX_VALUE - 8) {
			throw new GatewayDecompressionException("Gateway payload buffer cannot grow to " + needed + " bytes");
		}
		long doubled = Math.min((long) this.bytes.length * 2, Integer.MAX_VALUE - 8);
		this.bytes = Arrays.copyOf(this.bytes, (int) Math.max(needed, doubled));
	}

}
