using System.IO;
using System.Linq;
using System.Security.Cryptography;

namespace FactCatalog.Catalogue.Tests;

/// <summary>The seeds are cited by offset: they must stay byte for byte as published, which SHA256SUMS records.</summary>
public class SeedIntegrityTests
{
    [Fact]
    public void Every_seed_matches_its_recorded_sha256()
    {
        string[] lines = File.ReadAllLines(Path.Combine(RepoFiles.Seeds, "SHA256SUMS")).Where(l => l.Length > 0).ToArray();
        Assert.Equal(5, lines.Length);
        foreach (string line in lines)
        {
            string expected = line.Substring(0, 64);
            string name = line.Substring(64).Trim();
            byte[] bytes = File.ReadAllBytes(Path.Combine(RepoFiles.Seeds, name));
            Assert.Equal(expected, System.Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant());
        }
    }

    [Fact]
    public void Seeds_folder_holds_only_the_recorded_files()
    {
        string[] recorded = File.ReadAllLines(Path.Combine(RepoFiles.Seeds, "SHA256SUMS"))
            .Where(l => l.Length > 0).Select(l => l.Substring(64).Trim()).Append("SHA256SUMS").OrderBy(n => n, System.StringComparer.Ordinal).ToArray();
        string[] present = Directory.GetFiles(RepoFiles.Seeds).Select(Path.GetFileName).OrderBy(n => n, System.StringComparer.Ordinal).ToArray()!;
        Assert.Equal(recorded, present);
    }
}
