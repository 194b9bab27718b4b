using System;
using System.Collections.Generic;

namespace FactCatalog.Catalogue.Validation;

/// <summary>
/// A fixed set of English words (number words, month names, scales), looked up in place in a quote, ignoring
/// case exactly as a dictionary with <see cref="StringComparer.OrdinalIgnoreCase"/> does. Cutting each word out
/// of its quote to look it up was most of what reading values allocated, and almost no word is in a table.
/// </summary>
internal sealed class WordTable<T>
{
    private readonly string?[] _keys;
    private readonly T[] _values;
    private readonly int _mask;
    private readonly int _maxLength;

    /// <summary>Builds the table; every word must be ASCII and distinct ignoring case.</summary>
    public WordTable(IEnumerable<KeyValuePair<string, T>> entries)
    {
        var list = new List<KeyValuePair<string, T>>(entries);
        int size = 16;
        while (size < list.Count * 4)
        {
            size *= 2;
        }
        _keys = new string?[size];
        _values = new T[size];
        _mask = size - 1;
        foreach (KeyValuePair<string, T> entry in list)
        {
            string key = ToAsciiLower(entry.Key);
            int slot = Hash(key, 0, key.Length) & _mask;
            while (_keys[slot] is not null)
            {
                slot = (slot + 1) & _mask;
            }
            _keys[slot] = key;
            _values[slot] = entry.Value;
            _maxLength = Math.Max(_maxLength, key.Length);
        }
    }

    /// <summary>Looks up <c>text[start..start+length)</c>; <paramref name="word"/> is the table's (lower-case) form of it.</summary>
    public bool TryGetValue(string text, int start, int length, out T value, out string word)
    {
        value = default!;
        word = string.Empty;
        if (length == 0 || length > _maxLength)
        {
            return false;
        }
        for (int i = start; i < start + length; i++)
        {
            if (text[i] >= 0x80)
            {
                // Some letters outside ASCII equal an ASCII one ignoring case (U+0131, dotless i, is I): compare as the runtime does.
                return TryGetValueSlowly(text, start, length, out value, out word);
            }
        }
        for (int slot = Hash(text, start, length) & _mask; _keys[slot] is { } key; slot = (slot + 1) & _mask)
        {
            if (key.Length == length && EqualsLowerAscii(key, text, start))
            {
                value = _values[slot];
                word = key;
                return true;
            }
        }
        return false;
    }

    private bool TryGetValueSlowly(string text, int start, int length, out T value, out string word)
    {
        for (int slot = 0; slot < _keys.Length; slot++)
        {
            if (_keys[slot] is { } key && key.Length == length
                && string.Compare(text, start, key, 0, length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                value = _values[slot];
                word = key;
                return true;
            }
        }
        value = default!;
        word = string.Empty;
        return false;
    }

    private static int Hash(string text, int start, int length)
    {
        int hash = length;
        for (int i = start; i < start + length; i++)
        {
            hash = unchecked((hash * 31) + LowerAscii(text[i]));
        }
        return hash & int.MaxValue;
    }

    private static bool EqualsLowerAscii(string key, string text, int start)
    {
        for (int i = 0; i < key.Length; i++)
        {
            if (LowerAscii(text[start + i]) != key[i])
            {
                return false;
            }
        }
        return true;
    }

    private static char LowerAscii(char c) => c >= 'A' && c <= 'Z' ? (char)(c | 0x20) : c;

    private static string ToAsciiLower(string word)
    {
        var chars = new char[word.Length];
        for (int i = 0; i < word.Length; i++)
        {
            if (word[i] >= 0x80)
            {
                throw new ArgumentException("Table words must be ASCII: " + word, nameof(word));
            }
            chars[i] = LowerAscii(word[i]);
        }
        return new string(chars);
    }
}
