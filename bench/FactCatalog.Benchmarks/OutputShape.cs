using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace FactCatalog.Benchmarks;

/// <summary>What the generated C# is made of, by line kind: XML doc comments, attributes and the rest, in characters.</summary>
public static class OutputShape
{
    public static string Describe(IEnumerable<GeneratedSourceResult> sources)
    {
        long docs = 0, attributes = 0, total = 0;
        foreach (GeneratedSourceResult source in sources)
        {
            foreach (TextLine line in source.SourceText.Lines)
            {
                string text = line.ToString().TrimStart();
                int length = line.SpanIncludingLineBreak.Length;
                total += length;
                if (text.StartsWith("///", StringComparison.Ordinal))
                {
                    docs += length;
                }
                else if (text.StartsWith('['))
                {
                    attributes += length;
                }
            }
        }
        return FormattableString.Invariant(
            $"{total / 1e6:F1} M chars: XML doc comments {100.0 * docs / total:F0} %, attribute lines {100.0 * attributes / total:F0} %, code {100.0 * (total - docs - attributes) / total:F0} %");
    }
}
