using System.Collections.Immutable;
using System.Linq;
using FactCatalog.Catalogue.Model;
using Microsoft.CodeAnalysis;

namespace FactCatalog.Catalogue.Diagnostics;

/// <summary>
/// A catalogue diagnostic as plain data (descriptor id, location, message arguments), so that stage
/// outputs carrying diagnostics stay equatable. Turned into a <see cref="Diagnostic"/> only when reported.
/// </summary>
public sealed record DiagnosticInfo(
    string Id,
    LocationInfo Location,
    EquatableArray<string> Arguments,
    EquatableArray<LocationInfo> AdditionalLocations)
{
    /// <summary>Creates a diagnostic for <paramref name="descriptor"/> at <paramref name="location"/>.</summary>
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo location, params string[] arguments) =>
        new(descriptor.Id, location, arguments.ToImmutableArray().ToEquatableArray(), EquatableArray<LocationInfo>.Empty);

    /// <summary>Creates a diagnostic that also points at <paramref name="other"/> (for example the first of two duplicates).</summary>
    public static DiagnosticInfo CreateWithOther(DiagnosticDescriptor descriptor, LocationInfo location, LocationInfo other, params string[] arguments) =>
        new(descriptor.Id, location, arguments.ToImmutableArray().ToEquatableArray(), ImmutableArray.Create(other).ToEquatableArray());

    /// <summary>The descriptor of this diagnostic.</summary>
    public DiagnosticDescriptor Descriptor => CatalogueDiagnostics.ById[Id];

    /// <summary>The default severity of this diagnostic's rule.</summary>
    public DiagnosticSeverity Severity => Descriptor.DefaultSeverity;

    /// <summary>The formatted message.</summary>
    public string GetMessage() => ToDiagnostic().GetMessage(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The Roslyn diagnostic, located in the catalogue file.</summary>
    public Diagnostic ToDiagnostic() => Diagnostic.Create(
        Descriptor,
        Location.ToLocation(),
        AdditionalLocations.Select(l => l.ToLocation()),
        Arguments.Cast<object>().ToArray());

    /// <summary>"file(line,col): severity ID: message", as MSBuild prints it.</summary>
    public override string ToString() =>
        $"{(Location.FilePath.Length == 0 ? "FactCatalog" : Location.ToString())}: {Severity.ToString().ToLowerInvariant()} {Id}: {GetMessage()}";
}
