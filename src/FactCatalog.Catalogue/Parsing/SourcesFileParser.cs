using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using FactCatalog.Catalogue.Diagnostics;
using FactCatalog.Catalogue.Model;
using FactCatalog.Catalogue.Naming;
using FactCatalog.Catalogue.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace FactCatalog.Catalogue.Parsing;

/// <summary>Stage 1 for <c>sources.yaml</c>: reads source metadata into a <see cref="ParsedSourcesFile"/>.</summary>
public static class SourcesFileParser
{
    /// <summary>The file name of the sources file.</summary>
    public const string FileName = "sources.yaml";

    /// <summary>Parses the sources file.</summary>
    public static ParsedSourcesFile Parse(string path, SourceText text, CancellationToken cancellationToken = default)
    {
        var diagnostics = new List<DiagnosticInfo>();
        using var reader = new NodeReader(path, text, diagnostics);
        var sources = ImmutableArray.CreateBuilder<ParsedSource>();
        var rejected = ImmutableArray.CreateBuilder<string>();
        bool readable = false;
        // A syntax error inside one source costs that source: its id counts as rejected, so claims citing it are not FC0005 too.
        var broken = new List<string>();
        if (reader.ReadRoot(CatalogueKeys.SourcesFile, "sources file", "add 'sources:' with one entry per source document", cancellationToken,
            entriesKey: "sources", droppedKeys: broken) is { } file)
        {
            rejected.AddRange(broken);
            if (file.Mapping("sources", required: true) is { } entries)
            {
                readable = true;
                var identifiers = new Dictionary<string, ParsedSource>(System.StringComparer.Ordinal);
                foreach ((SpannedText id, YamlNode node) in reader.IdEntries(entries, "source", cancellationToken))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (ParseSource(reader, id, node) is { } source && CheckIdentifier(reader, source, identifiers))
                    {
                        sources.Add(source);
                    }
                    else
                    {
                        rejected.Add(id.Value);
                    }
                }
            }
        }
        return new ParsedSourcesFile(path, sources.ToImmutable().ToEquatableArray(), rejected.ToImmutable().ToEquatableArray(),
            readable, diagnostics.ToEquatableArray());
    }

    private static ParsedSource? ParseSource(NodeReader reader, SpannedText id, YamlNode node)
    {
        var context = new Subject("source", id.Value);
        if (!IdentifierNames.IsKebabCase(id.Value))
        {
            reader.Report(CatalogueDiagnostics.IdentifierConflict, id.Location,
                $"Source id '{id.Value}' is not lower-kebab-case (a-z, 0-9 and single hyphens); rename it to '{IdentifierNames.ToKebabCase(id.Value)}'");
            return null;
        }
        if (IdentifierNames.IdProblem(id.Value) is { } tooLong)
        {
            reader.Report(CatalogueDiagnostics.IdentifierConflict, id.Location, $"Source id {tooLong}; shorten it");
            return null;
        }
        if (reader.Mapping(node, new Subject("Source", id.Value)) is not { } mapping)
        {
            return null;
        }
        NodeReader.Entries entries = reader.Keys(mapping, CatalogueKeys.Source, context);
        SpannedText? file = entries.Text("file", required: true);
        SpannedText? name = entries.Text("name");
        if (name is not null && IdentifierNames.ProblemWith(name.Value) is { } problem)
        {
            reader.Report(CatalogueDiagnostics.IdentifierConflict, name.Location,
                $"The 'name' of {context.ToString()} is not usable: {problem}; choose a PascalCase name such as '{IdentifierNames.Suggestion(name.Value)}'");
            name = null;
        }
        else if (name is not null && LookAlikes.Problem(name.Value) is { } lookAlike)
        {
            reader.Report(CatalogueDiagnostics.LookAlikeName, name.Location, lookAlike);
        }
        string translation = entries.OneOf("translation", CatalogueKeys.Translations) ?? "none";
        if (file is null)
        {
            return null;
        }
        return new ParsedSource(id, file, name, new SourceMetadata
        {
            Id = id.Value,
            Identifier = name?.Value ?? IdentifierNames.ToPascalCase(id.Value),
            File = file.Value,
            Type = entries.Text("type")?.Value,
            Title = entries.Text("title")?.Value,
            ContainerTitle = entries.Text("container-title")?.Value,
            Publisher = entries.Text("publisher")?.Value,
            Authors = entries.TextList("author"),
            Issued = Date(reader, entries, "issued"),
            Language = entries.Text("language")?.Value,
            Translation = translation switch { "human" => SourceTranslation.Human, "machine" => SourceTranslation.Machine, _ => SourceTranslation.None },
            Url = entries.Text("url")?.Value,
            Note = entries.Text("note")?.Value,
            OriginalTitle = entries.Text("original-title")?.Value,
            OriginalPublisher = entries.Text("original-publisher")?.Value,
            OriginalDate = Date(reader, entries, "original-date"),
        });
    }

    private static string? Date(NodeReader reader, NodeReader.Entries entries, string key)
    {
        SpannedText? text = entries.Text(key);
        if (text is null)
        {
            return null;
        }
        if (ValueParser.TryParseDate(text.Value, out string canonical))
        {
            return canonical;
        }
        reader.Invalid(text.Location, ValueParser.DateError(text.Value));
        return null;
    }

    private static bool CheckIdentifier(NodeReader reader, ParsedSource source, Dictionary<string, ParsedSource> taken)
    {
        LocationInfo at = source.Name?.Location ?? source.Id.Location;
        string? clash = GeneratedMemberNames.OfSources.Contains(source.Model.Identifier)
            ? $"the generated member '{source.Model.Identifier}'"
            : taken.TryGetValue(source.Model.Identifier, out ParsedSource? other) ? $"source '{other.Id.Value}'" : null;
        if (clash is null)
        {
            taken.Add(source.Model.Identifier, source);
            return true;
        }
        reader.Report(CatalogueDiagnostics.IdentifierConflict, at,
            $"Source '{source.Id.Value}' becomes the C# name '{source.Model.Identifier}', which {clash} already uses; give the source a 'name:' or rename it");
        return false;
    }
}
