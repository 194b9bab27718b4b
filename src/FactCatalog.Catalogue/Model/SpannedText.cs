using FactCatalog.Catalogue.Diagnostics;

namespace FactCatalog.Catalogue.Model;

/// <summary>A string read from a catalogue file, with where it was written (for diagnostics that point at it).</summary>
public sealed record SpannedText(string Value, LocationInfo Location);
