package dev.serenity.gateway;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A validating single-pass scanner of a gateway payload's bytes, for {@link FrameReader}. It checks the whole
 * payload against JSON's grammar (RFC 8259: strings with their escapes and UTF-8, numbers, the three literals,
 * nesting up to {@link FrameReader#MAX_NESTING_DEPTH}, nothing after the end) and reads only the envelope: {@code op},
 * {@code s}, {@code t}, where {@code d} lies, and the {@code guild_id} and {@code id} strings at the top level of
 * {@code d}. It builds no strings except those few, which is why it is several times faster than a tokenizer that
 * canonicalizes every property name.
 */
final class EnvelopeScanner {

	/** Longest number token accepted, in bytes (sign, digits, fraction and exponent). */
	static final int MAX_NUMBER_LENGTH = 40;

	private static final byte[] OP = { 'o', 'p' };

	private static final byte[] S = { 's' };

	private static final byte[] T = { 't' };

	private static final byte[] D = { 'd' };

	private static final byte[] GUILD_ID = "guild_id".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] ID = { 'i', 'd' };

	private final byte[] bytes;

	private int position;

	private int depth;

	/** Where the last string scanned started (after its quote) and ended (at its closing quote). */
	private int stringStart;

	private int stringEnd;

	private boolean stringEscaped;

	/** Where the last number scanned started, and whether it was an integer. */
	private int numberStart;

	private boolean numberIntegral;

	int op = -1;

	long sequence = -1;

	String type;

	int dataOffset = -1;

	int dataLength;

	String guildIdField;

	String idField;

	private final boolean[] seen = new boolean[4];

	EnvelopeScanner(byte[] bytes) {
		this.bytes = bytes;
	}

	/**
	 * Scan the payload.
	 * @throws MalformedFrameException if it is not a well-formed JSON object
	 */
	void scan() {
		skipWhitespace();
		if (peek() != '{') {
			throw malformed("payload is not a JSON object");
		}
		this.position++;
		enter();
		skipWhitespace();
		if (peek() == '}') {
			this.position++;
		}
		else {
			while (true) {
				envelopeMember();
				skipWhitespace();
				int next = take();
				if (next == '}') {
					break;
				}
				if (next != ',') {
					throw unexpected(next, "',' or '}' after a property");
				}
				skipWhitespace();
			}
		}
		this.depth--;
		skipWhitespace();
		if (this.position < this.bytes.length) {
			throw malformed("payload has content after its end (two payloads in one frame?)");
		}
	}

	private void envelopeMember() {
		scanKey();
		int start = this.stringStart;
		int length = this.stringEnd - start;
		boolean escaped = this.stringEscaped;
		skipWhitespace();
		if (take() != ':') {
			throw malformed("expected ':' after a property name at byte " + (this.position - 1));
		}
		skipWhitespace();
		if (nameEquals(start, length, escaped, OP)) {
			once(0, "op");
			this.op = integerValue("'op' must be an integer", Integer.MAX_VALUE);
		}
		else if (nameEquals(start, length, escaped, S)) {
			once(1, "s");
			if (!literalNull()) {
				this.sequence = integerValue("'s' must be a non-negative 64-bit integer or null", Long.MAX_VALUE);
			}
		}
		else if (nameEquals(start, length, escaped, T)) {
			once(2, "t");
			if (!literalNull()) {
				if (peek() != '"') {
					throw malformed("'t' must be a string or null");
				}
				scanString();
				this.type = decodeString();
			}
		}
		else if (nameEquals(start, length, escaped, D)) {
			once(3, "d");
			this.dataOffset = this.position;
			if (peek() == '{') {
				skipObject(true);
			}
			else {
				skipValue();
			}
			this.dataLength = this.position - this.dataOffset;
		}
		else {
			skipValue();
		}
	}

	private void once(int index, String name) {
		if (this.seen[index]) {
			throw malformed("payload has '" + name + "' twice");
		}
		this.seen[index] = true;
	}

	private boolean nameEquals(int start, int length, boolean escaped, byte[] name) {
		if (escaped) {
			return decodedEquals(start, name);
		}
		if (length != name.length) {
			return false;
		}
		for (int i = 0; i < length; i++) {
			if (this.bytes[start + i] != name[i]) {
				return false;
			}
		}
		return true;
	}

	private boolean decodedEquals(int start, byte[] name) {
		// only called right after the name was scanned, so stringEnd is its end
		return decode(start, this.stringEnd).equals(new String(name, StandardCharsets.US_ASCII));
	}

	private void scanKey() {
		if (peek() != '"') {
			throw unexpected(peek(), "a property name in double quotes");
		}
		scanString();
	}

	private void skipValue() {
		int c = peek();
		switch (c) {
			case '{' -> skipObject(false);
			case '[' -> skipArray();
			case '"' -> scanString();
			case 't' -> literal("true");
			case 'f' -> literal("false");
			case 'n' -> literal("null");
			default -> {
				if (c == '-' || (c >= '0' && c <= '9')) {
					scanNumber();
				}
				else {
					throw unexpected(c, "a value");
				}
			}
		}
	}

	/**
	 * Scan an object; for {@code d} ({@code keepIds}) also keep the strings of its top-level {@code guild_id} and
	 * {@code id}.
	 */
	private void skipObject(boolean keepIds) {
		this.position++;
		enter();
		skipWhitespace();
		if (peek() == '}') {
			this.position++;
			this.depth--;
			return;
		}
		while (true) {
			scanKey();
			int start = this.stringStart;
			int length = this.stringEnd - start;
			boolean escaped = this.stringEscaped;
			skipWhitespace();
			if (take() != ':') {
				throw malformed("expected ':' after a property name at byte " + (this.position - 1));
			}
			skipWhitespace();
			if (keepIds && peek() == '"' && nameEquals(start, length, escaped, GUILD_ID)) {
				scanString();
				this.guildIdField = decodeString();
			}
			else if (keepIds && peek() == '"' && nameEquals(start, length, escaped, ID)) {
				scanString();
				this.idField = decodeString();
			}
			else {
				skipValue();
			}
			skipWhitespace();
			int next = take();
			if (next == '}') {
				break;
			}
			if (next != ',') {
				throw unexpected(next, "',' or '}' in an object");
			}
			skipWhitespace();
		}
		this.depth--;
	}

	private void skipArray() {
		this.position++;
		enter();
		skipWhitespace();
		if (peek() == ']') {
			this.position++;
			this.depth--;
			return;
		}
		while (true) {
			skipValue();
			skipWhitespace();
			int next = take();
			if (next == ']') {
				break;
			}
			if (next != ',') {
				throw unexpected(next, "',' or ']' in an array");
			}
			skipWhitespace();
		}
		this.depth--;
	}

	private void enter() {
		if (++this.depth > FrameReader.MAX_NESTING_DEPTH) {
			throw malformed("payload nests deeper than " + FrameReader.MAX_NESTING_DEPTH + " levels");
		}
	}

	/**
	 * Scan a string from its opening quote, checking escapes, control characters and UTF-8; afterwards the position
	 * is after the closing quote.
	 */
	private void scanString() {
		byte[] b = this.bytes;
		int i = this.position + 1;
		int end = b.length;
		this.stringStart = i;
		this.stringEscaped = false;
		while (true) {
			if (i >= end) {
				throw malformed("payload is truncated inside a string");
			}
			int c = b[i];
			if (c == '"') {
				break;
			}
			if (c == '\\') {
				this.stringEscaped = true;
				i = escape(i + 1);
			}
			else if (c >= 0x20) {
				i++;
			}
			else if (c >= 0) {
				throw malformed("unescaped control character " + c + " in a string at byte " + i);
			}
			else {
				i = utf8(i);
			}
		}
		this.stringEnd = i;
		this.position = i + 1;
	}

	private int escape(int i) {
		if (i >= this.bytes.length) {
			throw malformed("payload is truncated inside a string");
		}
		switch (this.bytes[i]) {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't' -> {
				return i + 1;
			}
			case 'u' -> {
				for (int k = 1; k <= 4; k++) {
					if (i + k >= this.bytes.length || Character.digit(this.bytes[i + k], 16) < 0) {
						throw malformed("invalid \\u escape in a string at byte " + (i - 1));
					}
				}
				return i + 5;
			}
			default -> throw malformed("invalid escape in a string at byte " + (i - 1));
		}
	}

	/** Check one multi-byte UTF-8 sequence (RFC 3629: no overlong forms, no surrogates, at most U+10FFFF). */
	private int utf8(int i) {
		byte[] b = this.bytes;
		int lead = b[i] & 0xFF;
		int count;
		int min;
		int max = 0xBF;
		if (lead >= 0xC2 && lead <= 0xDF) {
			count = 1;
			min = 0x80;
		}
		else if (lead >= 0xE0 && lead <= 0xEF) {
			count = 2;
			min = (lead == 0xE0) ? 0xA0 : 0x80;
			max = (lead == 0xED) ? 0x9F : 0xBF;
		}
		else if (lead >= 0xF0 && lead <= 0xF4) {
			count = 3;
			min = (lead == 0xF0) ? 0x90 : 0x80;
			max = (lead == 0xF4) ? 0x8F : 0xBF;
		}
		else {
			throw malformed("invalid UTF-8 at byte " + i);
		}
		if (i + count >= b.length) {
			throw malformed("payload is truncated inside a string");
		}
		int second = b[i + 1] & 0xFF;
		if (second < min || second > max) {
			throw malformed("invalid UTF-8 at byte " + i);
		}
		for (int k = 2; k <= count; k++) {
			int next = b[i + k] & 0xFF;
			if (next < 0x80 || next > 0xBF) {
				throw malformed("invalid UTF-8 at byte " + i);
			}
		}
		return i + count + 1;
	}

	/** Return the last scanned string's value. */
	private String decodeString() {
		return decode(this.stringStart, this.stringEnd);
	}

	private String decode(int start, int end) {
		byte[] b = this.bytes;
		boolean ascii = true;
		for (int i = start; i < end; i++) {
			if (b[i] < 0 || b[i] == '\\') {
				ascii = false;
				break;
			}
		}
		if (ascii) {
			return new String(b, start, end - start, StandardCharsets.ISO_8859_1);
		}
		StringBuilder text = new StringBuilder(end - start);
		int run = start;
		int i = start;
		while (i < end) {
			if (b[i] != '\\') {
				i++;
				continue;
			}
			appendUtf8(text, run, i);
			int c = b[i + 1];
			switch (c) {
				case 'b' -> text.append('\b');
				case 'f' -> text.append('\f');
				case 'n' -> text.append('\n');
				case 'r' -> text.append('\r');
				case 't' -> text.append('\t');
				case 'u' -> text.append((char) Integer.parseInt(new String(b, i + 2, 4, StandardCharsets.US_ASCII), 16));
				default -> text.append((char) c);
			}
			i += (c == 'u') ? 6 : 2;
			run = i;
		}
		appendUtf8(text, run, end);
		return text.toString();
	}

	private void appendUtf8(StringBuilder text, int start, int end) {
		if (start < end) {
			try {
				text.append(StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(this.bytes, start, end - start)));
			}
			catch (CharacterCodingException ex) {
				throw malformed("invalid UTF-8 in a string at byte " + start);
			}
		}
	}

	/** Scan a number token, checking JSON's grammar: {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?}. */
	private void scanNumber() {
		byte[] b = this.bytes;
		int i = this.position;
		this.numberStart = i;
		if (i < b.length && b[i] == '-') {
			i++;
		}
		int digits = digits(i);
		if (digits == 0) {
			throw malformed("invalid number at byte " + this.numberStart);
		}
		if (digits > 1 && b[i] == '0') {
			throw malformed("number with a leading zero at byte " + this.numberStart);
		}
		i += digits;
		this.numberIntegral = true;
		if (i < b.length && b[i] == '.') {
			int fraction = digits(i + 1);
			if (fraction == 0) {
				throw malformed("invalid number at byte " + this.numberStart);
			}
			i += 1 + fraction;
			this.numberIntegral = false;
		}
		if (i < b.length && (b[i] == 'e' || b[i] == 'E')) {
			i++;
			if (i < b.length && (b[i] == '+' || b[i] == '-')) {
				i++;
			}
			int exponent = digits(i);
			if (exponent == 0) {
				throw malformed("invalid number at byte " + this.numberStart);
			}
			i += exponent;
			this.numberIntegral = false;
		}
		if (i - this.numberStart > MAX_NUMBER_LENGTH) {
			throw malformed("number longer than " + MAX_NUMBER_LENGTH + " characters at byte " + this.numberStart);
		}
		this.position = i;
	}

	private int digits(int from) {
		int i = from;
		while (i < this.bytes.length && this.bytes[i] >= '0' && this.bytes[i] <= '9') {
			i++;
		}
		return i - from;
	}

	/** Read a non-negative integer no greater than {@code max}. */
	private long integerValue(String message, long max) {
		int c = peek();
		if (c != '-' && (c < '0' || c > '9')) {
			throw malformed(message);
		}
		scanNumber();
		boolean negative = this.bytes[this.numberStart] == '-';
		if (!this.numberIntegral || negative && this.position - this.numberStart != 2 || negative
				&& this.bytes[this.numberStart + 1] != '0') {
			// "-0" is zero; any other negative number is out of range
			throw malformed(message);
		}
		long value = 0;
		for (int i = this.numberStart + (negative ? 1 : 0); i < this.position; i++) {
			int digit = this.bytes[i] - '0';
			if (value > (max - digit) / 10) {
				throw malformed(message);
			}
			value = value * 10 + digit;
		}
		return value;
	}

	private int integerValue(String message, int max) {
		return (int) integerValue(message, (long) max);
	}

	private boolean literalNull() {
		if (peek() == 'n') {
			literal("null");
			return true;
		}
		return false;
	}

	private void literal(String word) {
		int length = word.length();
		if (this.position + length > this.bytes.length) {
			throw malformed("payload is truncated");
		}
		for (int k = 0; k < length; k++) {
			if (this.bytes[this.position + k] != word.charAt(k)) {
				throw malformed("invalid literal at byte " + this.position + " (NaN and Infinity are not JSON)");
			}
		}
		this.position += length;
	}

	private void skipWhitespace() {
		byte[] b = this.bytes;
		int i = this.position;
		while (i < b.length) {
			byte c = b[i];
			if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
				break;
			}
			i++;
		}
		this.position = i;
	}

	/** Return the byte at the position, or -1 at the end. */
	private int peek() {
		return (this.position < this.bytes.length) ? this.bytes[this.position] & 0xFF : -1;
	}

	private int take() {
		int c = peek();
		if (c == -1) {
			throw malformed("payload is truncated");
		}
		this.position++;
		return c;
	}

	private MalformedFrameException unexpected(int c, String expected) {
		if (c == -1) {
			return malformed("payload is truncated");
		}
		return malformed("expected " + expected + " at byte " + this.position);
	}

	private static MalformedFrameException malformed(String message) {
		return new MalformedFrameException(message, null);
	}

}
