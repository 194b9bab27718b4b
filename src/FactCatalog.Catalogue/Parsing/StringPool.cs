using System;
using System.Collections.Generic;
using FactCatalog.Catalogue.Naming;

namespace FactCatalog.Catalogue.Parsing;

/// <summary>
/// One instance per distinct short value within a file, and per identifier made from one. Claim ids, claimants,
/// sources, units and tags repeat across thousands of facts, and every copy would otherwise live as long as the
/// model.
/// </summary>
internal sealed class StringPool
{
    /// <summary>Longer values are rarely repeated and cost more to hash than they would save.</summary>
    private const int MaxLength = 64;

    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _identifiers = new(StringComparer.Ordinal);

    /// <summary>The pool's instance of <paramref name="value"/>, which becomes it when it is new.</summary>
    public string Share(string value)
    {
        if (value.Length > MaxLength)
        {
            return value;
        }
        if (_strings.TryGetValue(value, out string? shared))
        {
            return shared;
        }
        _strings.Add(value, value);
        return value;
    }

    /// <summary>As <see cref="Share(string)"/>, passing null through.</summary>
    public string? ShareOrNull(string? value) => value is null ? null : Share(value);

    /// <summary><see cref="IdentifierNames.ToPascalCase"/> of <paramref name="id"/>, made once per distinct id.</summary>
    public string PascalCase(string id)
    {
        if (!_identifiers.TryGetValue(id, out string? identifier))
        {
            identifier = IdentifierNames.ToPascalCase(id);
            _identifiers.Add(id, identifier);
        }
        return identifier;
    }
}
