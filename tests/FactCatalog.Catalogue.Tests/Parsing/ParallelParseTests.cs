using FactCatalog.Catalogue.Model;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FactCatalog.Catalogue.Parsing;
using Microsoft.CodeAnalysis.Text;

namespace FactCatalog.Catalogue.Tests.Parsing;


/// <summary>Parses share reusable buffers between them; parsing at once on many threads must give what parsing alone does.</summary>
public class ParallelParseTests
{
    [Fact]
    public void Parsing_fact_files_in_parallel_gives_the_sequential_results()
    {
        var files = Directory.GetFiles(RepoFiles.FactsDir, "*" + FactFileParser.Suffix)
            .Select(path => (Path: path, Text: SourceText.From(File.ReadAllText(path))))
            .ToArray();
        ParsedFactFile[] sequential = files.Select(f => FactFileParser.Parse(f.Path, f.Text)).ToArray();

        var parallel = new ParsedFactFile[files.Length * 8];
        Parallel.For(0, parallel.Length, i => parallel[i] = FactFileParser.Parse(files[i % files.Length].Path, files[i % files.Length].Text));

        for (int i = 0; i < parallel.Length; i++)
        {
            Assert.Equal(sequential[i % files.Length], parallel[i]);
        }
    }
}
