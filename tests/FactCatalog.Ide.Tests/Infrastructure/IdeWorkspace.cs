using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using FactCatalog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace FactCatalog.Ide.Tests.Infrastructure;

/// <summary>
/// A project as an IDE holds it: the user's C# as documents, the catalogue (fact files, <c>sources.yaml</c>, source
/// documents) as additional documents, build properties in a global config, and the generator with its analyzers as
/// an analyzer reference. Built once and shared: every test works on solutions derived from it, never on the workspace.
/// </summary>
public sealed class IdeWorkspace : IDisposable
{
    public const string CodePath = "/project/Use.cs";

    /// <summary>The user's code: a claim, a fact's Value, the fact's class.</summary>
    public const string Code = """
        using Demo;

        internal static class Use
        {
            public static int Claim() => Facts.Deployment.TroopsInRussia.Pentagon;
            public static int Answer() => Facts.Deployment.TroopsInRussia.Value;
            public static string Id() => Facts.Deployment.TroopsInRussia.Id;
        }
        """;

    public const string GlobalConfig = """
        is_global = true
        build_property.RootNamespace = Demo
        build_property.ProjectDir = /project/
        build_property.FactCatalogDiagnosticsFrom = analyzer
        """;

    public IdeWorkspace()
    {
        Workspace = new AdhocWorkspace();
        ProjectId = ProjectId.CreateNewId("Consumer");
        CodeId = DocumentId.CreateNewId(ProjectId, CodePath);
        var additional = new List<DocumentInfo>();
        foreach ((string path, string text) in Catalogues.Representative().Files)
        {
            DocumentId id = DocumentId.CreateNewId(ProjectId, path);
            if (path == Catalogues.DeploymentPath)
            {
                DeploymentId = id;
            }
            additional.Add(Info(id, path, text));
        }
        ProjectInfo project = ProjectInfo.Create(
                ProjectId,
                VersionStamp.Default,
                "Consumer",
                "Consumer",
                LanguageNames.CSharp,
                filePath: "/project/Consumer.csproj",
                compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
                parseOptions: new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose),
                documents: new[] { Info(CodeId, CodePath, Code) },
                metadataReferences: References(),
                analyzerReferences: new AnalyzerReference[] { GeneratorReference.Instance },
                additionalDocuments: additional)
            .WithAnalyzerConfigDocuments(new[] { Info(DocumentId.CreateNewId(ProjectId, ".globalconfig"), "/project/.globalconfig", GlobalConfig) });
        Solution = Workspace.CurrentSolution.AddProject(project);
    }

    public AdhocWorkspace Workspace { get; }

    public ProjectId ProjectId { get; }

    public DocumentId CodeId { get; }

    public DocumentId DeploymentId { get; } = null!;

    /// <summary>The solution with the project; tests derive edited solutions from it.</summary>
    public Solution Solution { get; }

    public Project Project => Solution.GetProject(ProjectId)!;

    public Document CodeDocument => Solution.GetDocument(CodeId)!;

    public void Dispose() => Workspace.Dispose();

    private static DocumentInfo Info(DocumentId id, string path, string text) =>
        DocumentInfo.Create(id, Path.GetFileName(path), filePath: path,
            loader: TextLoader.From(TextAndVersion.Create(SourceText.From(text), VersionStamp.Default, path)));

    /// <summary>The framework and the runtime library, as the test host has them.</summary>
    private static IEnumerable<MetadataReference> References()
    {
        string framework = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        return ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => Path.GetDirectoryName(path) == framework)
            .Append(typeof(global::FactCatalog.Fact).Assembly.Location)
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }
}
