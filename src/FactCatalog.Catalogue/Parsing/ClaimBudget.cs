using System.Collections.Generic;
using FactCatalog.Catalogue.Diagnostics;
using FactCatalog.Catalogue.Model;
using FactCatalog.Catalogue.Syntax;

namespace FactCatalog.Catalogue.Parsing;

/// <summary>
/// Holds one fact file to <see cref="CatalogueLimits.MaxClaimsPerFact"/> and <see cref="CatalogueLimits.MaxClaimsPerFile"/>
/// claims (FC0017). Claims past the limit of their fact are left out; once the file's limit is reached, the facts
/// after it are left out, and that is said once.
/// </summary>
internal sealed class ClaimBudget
{
    private readonly NodeReader _reader;
    private int _claims;

    public ClaimBudget(NodeReader reader) => _reader = reader;

    /// <summary>True once the file has used all its claims: no further fact is read.</summary>
    public bool IsSpent { get; private set; }

    /// <summary>How many of the <paramref name="written"/> claims of fact <paramref name="factId"/> may be read.</summary>
    public int Allow(string factId, List<(SpannedText Id, Syntax.YamlNode Value)> written)
    {
        int allowed = written.Count;
        if (allowed > CatalogueLimits.MaxClaimsPerFact)
        {
            allowed = CatalogueLimits.MaxClaimsPerFact;
            _reader.Report(CatalogueDiagnostics.LimitExceeded, written[allowed].Id.Location,
                $"Fact '{factId}' has {CatalogueLimits.Format(written.Count)} claims",
                nameof(CatalogueLimits.MaxClaimsPerFact), CatalogueLimits.Format(CatalogueLimits.MaxClaimsPerFact),
                $"only its first {CatalogueLimits.Format(allowed)} are read; split it into several facts, or keep the claims that differ");
        }
        int left = CatalogueLimits.MaxClaimsPerFile - _claims;
        if (allowed > left)
        {
            allowed = left;
            IsSpent = true;
            _reader.Report(CatalogueDiagnostics.LimitExceeded, written[allowed].Id.Location,
                $"The fact file has more than {CatalogueLimits.Format(CatalogueLimits.MaxClaimsPerFile)} claims",
                nameof(CatalogueLimits.MaxClaimsPerFile), CatalogueLimits.Format(CatalogueLimits.MaxClaimsPerFile),
                "claims from this one on, and the facts after it, are not read; split the file into several fact files");
        }
        _claims += allowed;
        return allowed;
    }
}
