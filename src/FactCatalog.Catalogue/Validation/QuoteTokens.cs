using System;
using System.Globalization;

namespace FactCatalog.Catalogue.Validation;

/// <summary>
/// A quote split into words, digit runs and single symbols, for reading values out of it. White space is
/// dropped but remembered per token, because spacing is what tells "10,000" from "10, 000" and "twenty-five"
/// from "twenty - five". One pass, no regular expressions: quotes are untrusted and may be long.
/// </summary>
internal sealed class QuoteTokens
{
    private readonly string _text;
    private Token[] _tokens;
    private int _count;

    public QuoteTokens(string text)
    {
        _text = text;
        // About one token per word, so the array is sized once for a typical quote.
        _tokens = new Token[(text.Length / 4) + 4];
        bool space = false;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                space = true;
                i++;
                continue;
            }

            int start = i;
            Kind kind;
            if (IsAsciiDigit(c))
            {
                kind = Kind.Digits;
                while (i < text.Length && IsAsciiDigit(text[i]))
                {
                    i++;
                }
            }
            else if (char.IsLetter(c))
            {
                kind = Kind.Word;
                while (i < text.Length && (char.IsLetter(text[i]) || IsMark(text[i])))
                {
                    i++;
                }
            }
            else
            {
                kind = Kind.Symbol;
                i++;
            }

            if (_count == _tokens.Length)
            {
                Array.Resize(ref _tokens, _count * 2);
            }
            _tokens[_count++] = new Token(kind, start, i - start, space);
            space = false;
        }
    }

    public int Count => _count;

    public bool IsDigits(int index) => Has(index) && _tokens[index].Kind == Kind.Digits;

    public bool IsWord(int index) => Has(index) && _tokens[index].Kind == Kind.Word;

    /// <summary>True when the token is the given word, ignoring case.</summary>
    public bool IsWord(int index, string word) =>
        IsWord(index)
        && _tokens[index].Length == word.Length
        && string.Compare(_text, _tokens[index].Start, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0;

    public bool IsSymbol(int index, char symbol) =>
        Has(index) && _tokens[index].Kind == Kind.Symbol && _text[_tokens[index].Start] == symbol;

    /// <summary>True when the token directly follows the previous one, with no white space between.</summary>
    public bool IsGlued(int index) => index > 0 && Has(index) && !_tokens[index].SpaceBefore;

    public int Length(int index) => Has(index) ? _tokens[index].Length : 0;

    public string Text(int index) => Has(index) ? _text.Substring(_tokens[index].Start, _tokens[index].Length) : "";

    /// <summary>Looks the token up in <paramref name="table"/> without copying it out of the quote; false when there is no such token.</summary>
    public bool TryLookUp<T>(int index, WordTable<T> table, out T value) => TryLookUp(index, table, out value, out _);

    /// <summary>As <see cref="TryLookUp{T}(int, WordTable{T}, out T)"/>, also giving the table's form of the word.</summary>
    public bool TryLookUp<T>(int index, WordTable<T> table, out T value, out string word)
    {
        if (!Has(index))
        {
            value = default!;
            word = string.Empty;
            return false;
        }
        return table.TryGetValue(_text, _tokens[index].Start, _tokens[index].Length, out value, out word);
    }

    /// <summary>True when the token's first character is an upper-case letter.</summary>
    public bool StartsUpper(int index) => Has(index) && char.IsUpper(_text[_tokens[index].Start]);

    /// <summary>The digit run as a number, or -1 when it is not a digit run or has more than nine digits.</summary>
    public int SmallNumber(int index) =>
        IsDigits(index) && _tokens[index].Length <= 9
            ? int.Parse(Text(index), NumberStyles.None, CultureInfo.InvariantCulture)
            : -1;

    /// <summary>
    /// The next word of a phrase: the following word after one space, or after a hyphen with no space
    /// around it ("twenty-five", "one-third"). -1 when the phrase ends here.
    /// </summary>
    public int NextWord(int index)
    {
        if (IsWord(index + 1) && !IsGlued(index + 1))
        {
            return index + 1;
        }

        return IsSymbol(index + 1, '-') && IsGlued(index + 1) && IsWord(index + 2) && IsGlued(index + 2) ? index + 2 : -1;
    }

    private bool Has(int index) => index >= 0 && index < _count;

    private static bool IsAsciiDigit(char c) => c >= '0' && c <= '9';

    private static bool IsMark(char c)
    {
        UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category == UnicodeCategory.NonSpacingMark || category == UnicodeCategory.SpacingCombiningMark;
    }

    private enum Kind
    {
        Word,
        Digits,
        Symbol,
    }

    private readonly struct Token
    {
        public Token(Kind kind, int start, int length, bool spaceBefore)
        {
            Kind = kind;
            Start = start;
            Length = length;
            SpaceBefore = spaceBefore;
        }

        public Kind Kind { get; }

        public int Start { get; }

        public int Length { get; }

        public bool SpaceBefore { get; }
    }
}
