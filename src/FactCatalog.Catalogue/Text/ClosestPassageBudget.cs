using System;
using System.Collections.Generic;
using FactCatalog.Catalogue.Syntax;

namespace FactCatalog.Catalogue.Text;

/// <summary>
/// What the closest-passage hints of one fact file may cost: at most
/// <see cref="CatalogueLimits.MaxClosestPassageWorkPerDocument"/> work units on each document and
/// <see cref="CatalogueLimits.MaxClosestPassageWorkPerFile"/> over all of them. A work unit is one character of the
/// document scanned for candidates or one cell of an alignment; each search is priced before it runs, from the
/// lengths alone, so whether a hint is given never depends on timing, and a search that would go past a limit is not
/// started. Once a limit refuses a search, the quotes not found after it get no hint (FC0018 says so once).
/// </summary>
internal sealed class ClosestPassageBudget
{
    private readonly Dictionary<string, long> _spentByDocument = new(StringComparer.Ordinal);
    private readonly HashSet<string> _closed = new(StringComparer.Ordinal);
    private bool _fileClosed;

    /// <summary>Work units spent so far, over all documents.</summary>
    public long Spent { get; private set; }

    /// <summary>Searches run so far.</summary>
    public int Searches { get; private set; }

    /// <summary>The limit that refused the first search it refused, or null while none has.</summary>
    public string? RefusedBy { get; private set; }

    /// <summary>The value of <see cref="RefusedBy"/>.</summary>
    public long RefusedLimit { get; private set; }

    /// <summary>Where <see cref="RefusedBy"/> applied: a document's path, or empty for the whole file.</summary>
    public string RefusedIn { get; private set; } = string.Empty;

    /// <summary>Takes <paramref name="cost"/> units for a search in <paramref name="document"/>; false (and nothing taken) when a limit refuses it.</summary>
    public bool TrySpend(string document, long cost)
    {
        if (_fileClosed || _closed.Contains(document))
        {
            return false;
        }
        _spentByDocument.TryGetValue(document, out long spentHere);
        if (spentHere + cost > CatalogueLimits.MaxClosestPassageWorkPerDocument)
        {
            _closed.Add(document);
            Refuse(nameof(CatalogueLimits.MaxClosestPassageWorkPerDocument), CatalogueLimits.MaxClosestPassageWorkPerDocument, document);
            return false;
        }
        if (Spent + cost > CatalogueLimits.MaxClosestPassageWorkPerFile)
        {
            _fileClosed = true;
            Refuse(nameof(CatalogueLimits.MaxClosestPassageWorkPerFile), CatalogueLimits.MaxClosestPassageWorkPerFile, string.Empty);
            return false;
        }
        _spentByDocument[document] = spentHere + cost;
        Spent += cost;
        Searches++;
        return true;
    }

    private void Refuse(string limit, long value, string where)
    {
        if (RefusedBy is null)
        {
            RefusedBy = limit;
            RefusedLimit = value;
            RefusedIn = where;
        }
    }
}
