using FactCatalog.Catalog.Diagnostics;

namespace FactCatalog.Catalog.Model;

/// <summary>A string read from a catalogue file, with where it was written (for diagnostics that point at it).</summary>
public sealed record SpannedText(string Value, LocationInfo Location);
