package dev.serenity.cache;

import java.util.ArrayList;
import java.util.List;

import dev.serenity.model.Message;

/**
 * The recent messages of one channel: a ring of at most {@code capacity} messages, the oldest dropped first, each
 * with the time it was cached (for the time-to-live). The ring starts small and grows to its capacity as messages
 * arrive, so quiet channels cost little. Thread-safe: the dispatch lane of the channel's guild writes,
 * anyone reads.
 */
public final class ChannelMessages {

	/** Slots a ring starts with; it doubles up to its capacity as messages arrive. */
	private static final int INITIAL_SLOTS = 16;

	private final int capacity;

	private Message[] messages;

	private long[] cachedAt;

	private int head;

	private int count;

	private long dropped;

	/**
	 * Create an empty ring.
	 * @param capacity the most messages kept
	 */
	public ChannelMessages(int capacity) {
		if (capacity < 1) {
			throw new IllegalArgumentException("'capacity' must be at least 1 but was " + capacity);
		}
		this.capacity = capacity;
		this.messages = new Message[Math.min(capacity, INITIAL_SLOTS)];
		this.cachedAt = new long[this.messages.length];
	}

	/**
	 * Add a message as the newest, dropping the oldest when full.
	 * @param message the message
	 * @param nowMillis when it is cached
	 * @return whether an older message was dropped to make room
	 */
	public synchronized boolean add(Message message, long nowMillis) {
		if (this.count == this.messages.length && this.count < this.capacity) {
			grow();
		}
		int slots = this.messages.length;
		int slot = (this.head + this.count) % slots;
		boolean full = this.count == slots;
		this.messages[slot] = message;
		this.cachedAt[slot] = nowMillis;
		if (full) {
			this.head = (this.head + 1) % slots;
			this.dropped++;
		}
		else {
			this.count++;
		}
		return full;
	}

	/**
	 * Replace a cached message with a newer version of it.
	 * @param message the new version
	 * @return the old version, or {@code null} when it is not cached (then nothing changes)
	 */
	public synchronized Message replace(Message message) {
		int index = indexOf(message.id().value());
		if (index < 0) {
			return null;
		}
		Message before = this.messages[index];
		this.messages[index] = message;
		return before;
	}

	/**
	 * Remove a message.
	 * @param messageId its id
	 * @return the removed message, or {@code null}
	 */
	public synchronized Message remove(long messageId) {
		int index = indexOf(messageId);
		if (index < 0) {
			return null;
		}
		Message removed = this.messages[index];
		int slots = this.messages.length;
		// Close the gap by moving the newer messages one slot back.
		int position = Math.floorMod(index - this.head, slots);
		for (int i = position; i < this.count - 1; i++) {
			int to = (this.head + i) % slots;
			int from = (this.head + i + 1) % slots;
			this.messages[to] = this.messages[from];
			this.cachedAt[to] = this.cachedAt[from];
		}
		int last = (this.head + this.count - 1) % slots;
		this.messages[last] = null;
		this.count--;
		return removed;
	}

	/**
	 * Find a message that is not older than the time-to-live.
	 * @param messageId its id
	 * @param oldestMillis the oldest cache time still valid ({@link Long#MIN_VALUE} for no time-to-live)
	 * @return the message, or {@code null}
	 */
	public synchronized Message find(long messageId, long oldestMillis) {
		int index = indexOf(messageId);
		return (index >= 0 && this.cachedAt[index] >= oldestMillis) ? this.messages[index] : null;
	}

	/**
	 * Return the messages, oldest first, that are not older than the time-to-live.
	 * @param oldestMillis the oldest cache time still valid ({@link Long#MIN_VALUE} for no time-to-live)
	 * @return a copy
	 */
	public synchronized List<Message> list(long oldestMillis) {
		List<Message> result = new ArrayList<>(this.count);
		for (int i = 0; i < this.count; i++) {
			int slot = (this.head + i) % this.messages.length;
			if (this.cachedAt[slot] >= oldestMillis) {
				result.add(this.messages[slot]);
			}
		}
		return result;
	}

	/**
	 * Return how many messages are held.
	 * @return the count
	 */
	public synchronized int size() {
		return this.count;
	}

	/**
	 * Return how many messages were dropped to make room.
	 * @return the count
	 */
	public synchronized long dropped() {
		return this.dropped;
	}

	private void grow() {
		int size = Math.min(this.capacity, this.messages.length * 2);
		Message[] messages = new Message[size];
		long[] cachedAt = new long[size];
		for (int i = 0; i < this.count; i++) {
			int slot = (this.head + i) % this.messages.length;
			messages[i] = this.messages[slot];
			cachedAt[i] = this.cachedAt[slot];
		}
		this.messages = messages;
		this.cachedAt = cachedAt;
		this.head = 0;
	}

	private int indexOf(long messageId) {
		for (int i = this.count - 1; i >= 0; i--) {
			int slot = (this.head + i) % this.messages.length;
			if (this.messages[slot].id().value() == messageId) {
				return slot;
			}
		}
		return -1;
	}

}
